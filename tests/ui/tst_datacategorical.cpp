// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// Categorical features in data mode: a text column (or a numeric one marked categorical) becomes
// indicator columns column[level] against a reference level, fitted as Eigen's least squares on
// the same indicators fits them; the reference can be picked in the import dialog; each factor
// gets a generalized VIF (det R11 det R22 / det R) beside the headline; a factor with a single
// level is one message naming it, and nothing is explored.

#include "modes/data/DataMode.h"
#include "modes/data/DataPage.h"
#include "modes/data/DataView.h"
#include "modes/data/ImportDialog.h"
#include "shell/SessionState.h"
#include "simulation/RecomputeSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <Eigen/Dense>
#include <cmath>

using lev::ui::DataMode;
using lev::ui::DataPage;
using lev::ui::ImportDialog;
using lev::ui::SessionState;

namespace {

constexpr int kTimeoutMs = 30000;
constexpr int kRows = 48;

/// The site of row r ("north", "east", "west"), its group code (1, 2, 3 as numbers), x and y.
QString site(int r)
{
    static const char* const names[] = {"north", "east", "west"};
    return QString::fromLatin1(names[(r * 7 + r / 5) % 3]);
}
int group(int r)
{
    return 1 + (r * 5 + r / 3) % 3;
}
double x(int r)
{
    return std::sin(0.9 * r) + 0.05 * r;
}
double y(int r)
{
    const double siteEffect = site(r) == "east" ? 1.5 : site(r) == "west" ? -0.75 : 0.0;
    return 2.0 + 3.0 * x(r) + siteEffect + 0.4 * group(r) + 0.1 * std::cos(3.1 * r * r);
}

QByteArray siteCsv()
{
    QByteArray text("site,group,x,y\n");
    for (int r = 0; r < kRows; ++r)
        text += site(r).toLatin1() + ',' + QByteArray::number(group(r)) + ',' +
                QByteArray::number(x(r), 'g', 17) + ',' + QByteArray::number(y(r), 'g', 17) + '\n';
    return text;
}

/// Least squares of y on [1, x, the indicators of `levels` of `level(r)`] by Eigen's
/// column-pivoting QR: the reference the test compares with.
Eigen::VectorXd referenceFit(const QStringList& levels, const std::function<QString(int)>& level)
{
    Eigen::MatrixXd design(kRows, 2 + levels.size());
    Eigen::VectorXd target(kRows);
    for (int r = 0; r < kRows; ++r) {
        design(r, 0) = 1.0;
        design(r, 1) = x(r);
        for (int l = 0; l < levels.size(); ++l)
            design(r, 2 + l) = level(r) == levels[l] ? 1.0 : 0.0;
        target[r] = y(r);
    }
    return design.colPivHouseholderQr().solve(target);
}

/// Data mode's page without a window; its dialogs open over `host`.
struct Fixture
{
    SessionState state{lev::core::RecomputeSettings{}};
    QWidget host;
    DataPage page{state, &host};
};

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestDataCategorical : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("sites.csv"));
        QVERIFY(writeFile(m_path, siteCsv()));
    }

    void indicatorsFitAsLeastSquares_data()
    {
        QTest::addColumn<QStringList>("categorical");
        QTest::addColumn<QString>("factor");
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QStringList>("levels"); // of the indicators, in order

        QTest::newRow("text, first level")
            << QStringList() << "site" << QString() << QStringList{"x", "site[north]", "site[west]"}
            << QStringList{"north", "west"};
        QTest::newRow("text, reference picked")
            << QStringList() << "site"
            << "west" << QStringList{"x", "site[east]", "site[north]"}
            << QStringList{"east", "north"};
        QTest::newRow("numeric codes as categories")
            << QStringList{"group"} << "group" << QString()
            << QStringList{"x", "group[2]", "group[3]"} << QStringList{"2", "3"};
    }

    void indicatorsFitAsLeastSquares()
    {
        QFETCH(QStringList, categorical);
        QFETCH(QString, factor);
        QFETCH(QString, reference);
        QFETCH(QStringList, names);
        QFETCH(QStringList, levels);
        Fixture fixture;
        DataMode& mode = fixture.page.dataMode();
        QSignalSpy shown(&mode, &DataMode::explorationShown);
        QSignalSpy problems(&mode, &DataMode::problem);
        DataMode::Choice choice{"y", {"x", factor}, false, false};
        choice.categorical = categorical;
        if (!reference.isEmpty())
            choice.references[factor.toStdString()] = reference.toStdString();
        mode.importFile(m_path, choice);
        QVERIFY(shown.wait(kTimeoutMs));
        QCOMPARE(problems.count(), 0);

        const auto& fit = mode.latest()->fit;
        QStringList fitted;
        for (const std::string& name : fit.features)
            fitted << QString::fromStdString(name);
        QCOMPARE(fitted, names);
        const Eigen::VectorXd expected = referenceFit(
            levels, [&](int r) { return factor == "site" ? site(r) : QString::number(group(r)); });
        // Both are least squares on a well-conditioned design: agreement to 1e-10.
        QVERIFY(fit.interceptValue);
        QVERIFY(std::abs(*fit.interceptValue - expected[0]) < 1e-10);
        for (int j = 0; j < 3; ++j)
            QVERIFY2(std::abs(fit.coefficients[j] - expected[j + 1]) < 1e-10,
                     qPrintable(QStringLiteral("%1: %2 vs %3")
                                    .arg(names[j])
                                    .arg(fit.coefficients[j], 0, 'g', 17)
                                    .arg(expected[j + 1], 0, 'g', 17)));
        QCOMPARE(mode.factors().size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(mode.factors().front().column), factor);
        QCOMPARE(mode.factors().front().levels.size(), std::size_t(3));
    }

    void generalizedVifBesideTheHeadline()
    {
        Fixture fixture;
        DataMode& mode = fixture.page.dataMode();
        QSignalSpy shown(&mode, &DataMode::explorationShown);
        mode.importFile(m_path, DataMode::Choice{"y", {"x", "site"}, false, false});
        QVERIFY(shown.wait(kTimeoutMs));
        // GVIF = det R11 det R22 / det R over the correlation matrix of [x, site[north],
        // site[west]], computed here from the raw columns.
        Eigen::MatrixXd features(kRows, 3);
        for (int r = 0; r < kRows; ++r)
            features.row(r) << x(r), site(r) == "north" ? 1.0 : 0.0, site(r) == "west" ? 1.0 : 0.0;
        const Eigen::MatrixXd centred = features.rowwise() - features.colwise().mean();
        const Eigen::VectorXd scale = centred.colwise().norm().cwiseInverse();
        const Eigen::MatrixXd r =
            scale.asDiagonal() * (centred.transpose() * centred) * scale.asDiagonal();
        const double expected = r.block(1, 1, 2, 2).determinant() * r(0, 0) / r.determinant();
        const auto& gvif = mode.generalizedVif();
        QCOMPARE(gvif.size(), std::size_t(1));
        QVERIFY(gvif.front().gvif);
        QVERIFY2(std::abs(*gvif.front().gvif - expected) < 1e-10 * expected,
                 qPrintable(QString::number(*gvif.front().gvif, 'g', 17)));
        QVERIFY(std::abs(*gvif.front().gvifPerDf - std::pow(expected, 0.25)) < 1e-10);
        const QString headline = fixture.page.findChild<lev::ui::DataView*>()->headline();
        QVERIFY2(headline.contains("site</b>: 3 levels, reference 'east'") &&
                     headline.contains(QStringLiteral("GVIF %1").arg(expected, 0, 'g', 4)),
                 qPrintable(headline));
    }

    void singleLevelIsOneMessage()
    {
        const QString path = m_dir.filePath(QStringLiteral("one-level.csv"));
        QByteArray text("site,x,y\n");
        for (int r = 0; r < 10; ++r)
            text += "only," + QByteArray::number(x(r)) + ',' + QByteArray::number(y(r)) + '\n';
        QVERIFY(writeFile(path, text));
        Fixture fixture;
        DataMode& mode = fixture.page.dataMode();
        QSignalSpy problems(&mode, &DataMode::problem);
        QSignalSpy shown(&mode, &DataMode::explorationShown);
        mode.importFile(path, DataMode::Choice{"y", {"x", "site"}, false, false});
        QVERIFY(problems.wait(kTimeoutMs));
        const QString message = problems.first().first().toString();
        QVERIFY2(message.contains(QStringLiteral("one-level.csv")) &&
                     message.endsWith(QStringLiteral(
                         "column 'site' has a single level ('only') in the rows used; a "
                         "categorical feature needs two or more")) &&
                     !message.contains('\n'),
                 qPrintable(message));
        QVERIFY(!mode.isActive());
        QTest::qWait(50);
        QCOMPARE(shown.count(), 0);
    }

    void importDialogPicksFactorAndReference()
    {
        Fixture fixture;
        DataMode& mode = fixture.page.dataMode();
        QSignalSpy shown(&mode, &DataMode::explorationShown);
        fixture.page.importCsv(m_path);
        QTRY_VERIFY_WITH_TIMEOUT(fixture.host.findChild<ImportDialog*>() != nullptr, kTimeoutMs);
        auto* dialog = fixture.host.findChild<ImportDialog*>();
        auto* list = dialog->findChild<QListWidget*>("featureList");
        auto* categorical = dialog->findChild<QCheckBox*>("categoricalCheck");
        auto* reference = dialog->findChild<QComboBox*>("referenceCombo");
        QVERIFY(list && categorical && reference);
        QCOMPARE(dialog->target(), 3);
        QCOMPARE(dialog->features(), (std::vector<int>{1, 2})); // the numeric ones

        // The text column: checked, it is categorical (the box says so and cannot be cleared);
        // its levels are listed in sorted order.
        list->item(0)->setCheckState(Qt::Checked);
        list->setCurrentRow(0);
        QVERIFY(categorical->isChecked() && !categorical->isEnabled());
        QVERIFY(reference->isEnabled());
        QCOMPARE(reference->count(), 3);
        QCOMPARE(reference->itemText(0), QStringLiteral("east"));
        QCOMPARE(reference->itemText(2), QStringLiteral("west"));
        reference->setFocus();
        QTest::keyClick(reference, Qt::Key_Down); // the user picks "north"
        QCOMPARE(reference->currentText(), QStringLiteral("north"));
        QCOMPARE(dialog->references(), (std::map<std::string, std::string>{{"site", "north"}}));

        // The numeric codes: marked categorical with the box.
        list->setCurrentRow(1);
        QVERIFY(categorical->isEnabled() && !categorical->isChecked());
        QVERIFY(!reference->isEnabled());
        categorical->click();
        QVERIFY(reference->isEnabled());
        QCOMPARE(reference->count(), 3);
        QCOMPARE(dialog->factors(), (std::vector<int>{0, 1}));
        auto* summary = dialog->findChild<QLabel*>("importSummary");
        QVERIFY2(summary->text().contains("3 features (2 categorical"),
                 qPrintable(summary->text()));

        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(shown.wait(kTimeoutMs));
        std::vector<std::string> expected{"site[east]", "site[west]", "group[2]", "group[3]", "x"};
        QCOMPARE(mode.latest()->fit.features, expected);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(TestDataCategorical)
#include "tst_datacategorical.moc"
