// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "export/DataReport.h"

#include "estimators/EstimatorSettings.h"
#include "export/PlotExporter.h"
#include "modes/data/DataNarrative.h"
#include "modes/data/WrappingTextElement.h"

#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <qcustomplot.h>

#include <cmath>

namespace lev::ui {

namespace {

/// Columns of variance proportions shown at most: beyond it, the components with the largest
/// condition indices.
constexpr int kMostComponents = 8;
/// The plots' width on the page, in layout pixels at 96 per inch: 148 mm, inside A4's 180 mm of
/// text, so that two plots of 3:2 with their captions fit on a page.
constexpr int kImageWidth = 560;
/// Print resolution: the plots are rendered at twice their layout size.
constexpr double kImageScale = 2.0;

QString number(double value, int digits = 4)
{
    if (std::isnan(value))
        return QStringLiteral("–");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("∞") : QStringLiteral("−∞");
    return QString::number(value, 'g', digits);
}

QString number(const std::optional<double>& value, int digits = 4)
{
    return value ? number(*value, digits) : QStringLiteral("–");
}

QString percent(double share)
{
    return QString::number(100.0 * share, 'f', 2) + QStringLiteral(" %");
}

/// A plot's caption: its titles (not a note under it: the picture has it), else its tooltip,
/// else its file name stem.
QString captionOf(QCustomPlot* plot)
{
    QStringList titles;
    for (QCPLayoutElement* element : plot->plotLayout()->elements(true))
        if (const auto* text = qobject_cast<QCPTextElement*>(element);
            text && !text->text().isEmpty() && !dynamic_cast<const WrappingTextElement*>(text))
            titles << text->text().simplified(); // a note under the plot is in the picture
    if (!titles.isEmpty())
        return titles.join(QStringLiteral(" · "));
    return plot->toolTip().isEmpty() ? PlotExporter::baseName(plot) : plot->toolTip();
}

bool centred(const DataReportContent& c)
{
    return c.diagnostics.settings.belsley == core::BelsleyVariant::Centred;
}

void addData(const DataReportContent& c, ReportDocument* d)
{
    const core::DataExploration& e = *c.exploration;
    const core::DataFitReport& fit = e.fit;
    d->addHeading(DataReport::tr("Data"));
    QList<QStringList> rows{
        {DataReport::tr("File"), c.file},
        {DataReport::tr("Columns in the file"), QString::number(c.columnsInFile)},
        {DataReport::tr("Target"), QString::fromStdString(fit.target)},
        {DataReport::tr("Features (design columns)"), QString::number(fit.features.size())},
        {DataReport::tr("Rows used"), QString::number(fit.rows)},
        {DataReport::tr("Rows dropped (missing values)"), QString::number(c.rowsDropped)},
    };
    d->addTable({DataReport::tr("Item"), DataReport::tr("Value")}, rows);
    if (c.factors.empty())
        return;
    QList<QStringList> factors;
    for (std::size_t k = 0; k < c.factors.size(); ++k) {
        const core::Factor& f = c.factors[k];
        QStringList row{QString::fromStdString(f.column), QString::number(f.levels.size()),
                        QString::fromStdString(f.reference), QString::number(f.count)};
        const auto& g = c.generalizedVif;
        row << (k < g.size() ? number(g[k].gvif) : QStringLiteral("–"))
            << (k < g.size() ? number(g[k].gvifPerDf) : QStringLiteral("–"));
        factors << row;
    }
    d->addSubheading(DataReport::tr("Categorical features"));
    d->addParagraph(DataReport::tr("Each is encoded as 0/1 indicator columns named "
                                   "column[level], one per level but the reference; a weight is "
                                   "the difference from the reference level. GVIF (Fox & "
                                   "Monette) is the generalized variance inflation of the whole "
                                   "block; GVIF^(1/(2 df)) compares with the square root of a "
                                   "VIF."));
    d->addTable({DataReport::tr("Feature"), DataReport::tr("Levels"), DataReport::tr("Reference"),
                 DataReport::tr("Indicators\n(df)"), DataReport::tr("GVIF"),
                 DataReport::tr("GVIF^\n(1/(2 df))")},
                factors);
}

void addSettings(const DataReportContent& c, ReportDocument* d)
{
    const core::DataExplorationSettings& s = c.exploration->settings;
    d->addHeading(DataReport::tr("Settings"));
    QList<QStringList> rows{
        {DataReport::tr("Estimator of the weights"), DataNarrative::estimatorTitle(s.estimator)},
        {DataReport::tr("Features standardized"),
         s.standardize ? DataReport::tr("yes (weights per SD)") : DataReport::tr("no")},
        {DataReport::tr("Intercept"), s.intercept ? DataReport::tr("yes") : DataReport::tr("no")},
        {DataReport::tr("Bootstrap resamples"), QString::number(s.bootstrapReplications)},
        {DataReport::tr("Cross-validation folds"), QString::number(s.folds)},
        {DataReport::tr("Seed"), QString::number(s.seed)},
        {DataReport::tr("Collinearity diagnostics"),
         centred(c) ? DataReport::tr("Belsley, centred columns")
                    : DataReport::tr("Belsley, columns scaled to unit length, not centred")},
    };
    if (const auto& sensitivity = c.diagnostics.sensitivity) {
        rows << QStringList{DataReport::tr("Sensitivity: feature"),
                            QString::fromStdString(sensitivity->treatment)}
             << QStringList{DataReport::tr("Sensitivity: q, α"),
                            QStringLiteral("%1, %2").arg(number(sensitivity->q),
                                                         number(sensitivity->alpha))};
        if (!sensitivity->benchmark.empty()) {
            QStringList kd;
            for (const core::SensitivityBound& bound : sensitivity->bounds)
                kd << number(bound.kd);
            rows << QStringList{
                DataReport::tr("Sensitivity: benchmark, kd"),
                QStringLiteral("%1, %2").arg(QString::fromStdString(sensitivity->benchmark),
                                             kd.join(QStringLiteral(", ")))};
        }
    }
    rows << QStringList{DataReport::tr("HC3 standard errors"),
                        c.diagnostics.robust ? DataReport::tr("yes") : DataReport::tr("no")};
    d->addTable({DataReport::tr("Setting"), DataReport::tr("Value")}, rows);
}

void addCoefficients(const DataReportContent& c, ReportDocument* d)
{
    const core::DataExploration& e = *c.exploration;
    const core::DataFitReport& fit = e.fit;
    d->addHeading(DataReport::tr("Coefficients"));
    if (fit.status != core::FitStatus::Ok || fit.coefficients.size() == 0) {
        d->addParagraph(DataReport::tr("No weights: %1").arg(QString::fromStdString(fit.message)));
        return;
    }
    const auto p = static_cast<Eigen::Index>(fit.features.size());
    const bool hasSe = fit.standardErrors.size() == p;
    const auto& hc3 = c.diagnostics.robust;
    const bool hasHc3 = hc3 && hc3->ok && hc3->coefficients.size() == p;
    const bool hasInterval = e.bootstrap && e.bootstrap->weightQuantiles.rows() == p;
    const bool hasVif = fit.correlationSpectrum.vif.size() == p;
    QStringList header{DataReport::tr("Term"), DataReport::tr("Weight")};
    if (hasSe)
        header << DataReport::tr("SE");
    if (hasHc3)
        header << DataReport::tr("SE (HC3)");
    if (hasInterval)
        header << DataReport::tr("Bootstrap\n2.5 %") << DataReport::tr("Bootstrap\n97.5 %");
    if (hasVif)
        header << DataReport::tr("VIF");
    QList<QStringList> rows;
    if (fit.interceptValue) {
        QStringList row{DataReport::tr("(intercept)"), number(*fit.interceptValue, 6)};
        if (hasSe)
            row << number(fit.interceptStandardError, 4);
        if (hasHc3)
            row << number(hc3->intercept, 4);
        if (hasInterval)
            row << QStringLiteral("–") << QStringLiteral("–");
        if (hasVif)
            row << QStringLiteral("–");
        rows << row;
    }
    for (Eigen::Index j = 0; j < p; ++j) {
        QStringList row{QString::fromStdString(fit.features[std::size_t(j)]),
                        number(fit.coefficients[j], 6)};
        if (hasSe)
            row << number(fit.standardErrors[j], 4);
        if (hasHc3)
            row << number(hc3->coefficients[j], 4);
        if (hasInterval)
            row << number(e.bootstrap->weightQuantiles(j, 0), 4)
                << number(e.bootstrap->weightQuantiles(j, 2), 4);
        if (hasVif)
            row << number(fit.correlationSpectrum.vif[j], 4);
        rows << row;
    }
    d->addTable(header, rows);
    QString note = DataReport::tr("%1 on %2 rows; in-sample R² %3.")
                       .arg(DataNarrative::estimatorTitle(fit.estimator))
                       .arg(fit.rows)
                       .arg(number(fit.r2));
    if (hasInterval)
        note += QLatin1Char(' ') +
                DataReport::tr("The interval is the 2.5 and 97.5 % quantiles of the weight over "
                               "%1 bootstrap resamples of the rows.")
                    .arg(e.bootstrap->replications);
    if (hc3 && !hc3->ok)
        note +=
            QLatin1Char(' ') +
            DataReport::tr("No HC3 standard errors: %1").arg(QString::fromStdString(hc3->message));
    else if (hasHc3)
        note += QLatin1Char(' ') + DataReport::tr("HC3: heteroskedasticity-robust standard "
                                                  "errors of OLS on the features as fitted.");
    d->addParagraph(note);
}

void addCollinearity(const DataReportContent& c, ReportDocument* d)
{
    d->addHeading(DataReport::tr("Collinearity diagnostics"));
    const core::BelsleyReport* belsley = &c.diagnostics.belsley;
    d->addParagraph(DataReport::tr("Belsley, Kuh and Welsch: the singular values d_k of the "
                                   "design (%1), condition indices η_k = d_max / d_k and the "
                                   "share of each coefficient's variance that goes with each "
                                   "component. An index above 30 with two or more shares above "
                                   "0.5 marks a near-dependency among those columns.")
                        .arg(centred(c) ? DataReport::tr("columns centred, unit length")
                                        : DataReport::tr("with the intercept, columns scaled to "
                                                         "unit length, not centred")));
    const auto components = static_cast<int>(belsley->conditionIndices.size());
    // The components with the largest indices come last in conditionIndices (ascending).
    const int first = std::max(0, components - kMostComponents);
    QStringList header{DataReport::tr("Column")};
    for (int k = first; k < components; ++k)
        header << DataReport::tr("η =\n%1").arg(number(belsley->conditionIndices[k], 4));
    QList<QStringList> rows;
    for (std::size_t j = 0; j < belsley->columns.size(); ++j) {
        QStringList row{QString::fromStdString(belsley->columns[j])};
        for (int k = first; k < components; ++k)
            row << QString::number(belsley->proportions(Eigen::Index(j), k), 'f', 3);
        rows << row;
    }
    if (first > 0)
        d->addParagraph(DataReport::tr("The variance proportions of the %1 components with the "
                                       "largest condition indices (of %2):")
                            .arg(components - first)
                            .arg(components));
    d->addTable(header, rows);
    QStringList all;
    for (int k = 0; k < components; ++k)
        all << number(belsley->conditionIndices[k], 4);
    d->addParagraph(DataReport::tr("Condition indices: %1.").arg(all.join(QStringLiteral(", "))));
    if (belsley->singular)
        d->addParagraph(DataReport::tr("The design is singular: a singular value is 0, and the "
                                       "proportions are undefined."));
    QStringList dependencies;
    for (const core::NearDependency& dependency : belsley->nearDependencies) {
        QStringList columns;
        for (const std::string& column : dependency.columns)
            columns << QString::fromStdString(column);
        dependencies << DataReport::tr("η = %1: %2")
                            .arg(number(dependency.conditionIndex, 4),
                                 columns.join(QStringLiteral(", ")));
    }
    d->addSubheading(DataReport::tr("Near-dependencies"));
    if (dependencies.isEmpty())
        d->addParagraph(DataReport::tr("None: no condition index above 30 has two or more "
                                       "proportions above 0.5."));
    else
        d->addList(dependencies);
}

void addSensitivity(const DataReportContent& c, ReportDocument* d)
{
    d->addHeading(DataReport::tr("Sensitivity to an unmeasured confounder"));
    const auto& s = c.diagnostics.sensitivity;
    if (!s) {
        d->addParagraph(DataReport::tr("Not asked for: choose a feature for the sensitivity "
                                       "analysis (on the command line, --sensitivity COLUMN)."));
        return;
    }
    if (!s->ok) {
        d->addParagraph(DataReport::tr("Not computed: %1").arg(QString::fromStdString(s->message)));
        return;
    }
    d->addParagraph(
        DataReport::tr("How strong would a hidden confounder have to be to explain "
                       "away the OLS weight of %1 (Cinelli & Hazlett 2020)? The "
                       "robustness value RV is the partial R² a confounder would "
                       "need with both the feature and the outcome to %2; RV at α, "
                       "to make it insignificant at level α.")
            .arg(QString::fromStdString(s->treatment),
                 s->q == 1.0
                     ? DataReport::tr("explain the weight away")
                     : DataReport::tr("move the weight by %1 of itself").arg(percent(s->q))));
    d->addTable({DataReport::tr("Feature"), DataReport::tr("Estimate"), DataReport::tr("SE"),
                 DataReport::tr("t"), DataReport::tr("df"), DataReport::tr("Partial\nR²"),
                 DataReport::tr("RV (q = %1)").arg(number(s->q)),
                 DataReport::tr("RV (q = %1,\nα = %2)").arg(number(s->q), number(s->alpha))},
                {{QString::fromStdString(s->treatment), number(s->estimate, 6), number(s->se, 6),
                  number(s->t, 5), number(s->dof, 6), percent(s->partialR2),
                  percent(s->robustnessValue), percent(s->robustnessValueAlpha)}});
    if (s->benchmark.empty()) {
        d->addParagraph(DataReport::tr("No bounds: no observed feature was named as a "
                                       "benchmark."));
        return;
    }
    d->addSubheading(DataReport::tr("Bounds from %1").arg(QString::fromStdString(s->benchmark)));
    const QString problems =
        DataNarrative::boundProblems(*s, QString::fromStdString(c.exploration->fit.target));
    if (!s->bounds.empty()) {
        d->addParagraph(DataReport::tr("A confounder k times as strong as %1 (partial R² %2 with "
                                       "the feature, %3 with the outcome) would leave these "
                                       "estimates:")
                            .arg(QString::fromStdString(s->benchmark), percent(s->benchmarkR2dxjX),
                                 percent(s->benchmarkR2yxjDx)));
        QList<QStringList> rows;
        for (const core::SensitivityBound& b : s->bounds)
            rows << QStringList{DataReport::tr("%1×").arg(number(b.kd)),
                                percent(b.r2dzX),
                                percent(b.r2yzDx),
                                number(b.adjustedEstimate, 4),
                                number(b.adjustedSe, 4),
                                b.outcomeCapped ? QStringLiteral("–") : number(b.adjustedT, 4)};
        d->addTable({DataReport::tr("Strength"), DataReport::tr("R² with\nfeature"),
                     DataReport::tr("R² with\noutcome"), DataReport::tr("Adjusted\nestimate"),
                     DataReport::tr("Adjusted\nSE"), DataReport::tr("Adjusted\nt")},
                    rows);
    }
    if (!problems.isEmpty())
        d->addParagraph(problems);
}

void addCrossValidation(const DataReportContent& c, ReportDocument* d)
{
    const core::DataExploration& e = *c.exploration;
    d->addHeading(DataReport::tr("Cross-validation"));
    if (e.crossValidation.empty()) {
        d->addParagraph(DataReport::tr("Not computed (too few rows)."));
        return;
    }
    QList<QStringList> rows;
    for (const core::CrossValidationScore& score : e.crossValidation) {
        QString remark =
            score.status == core::FitStatus::Ok ? QString() : QString::fromStdString(score.message);
        rows << QStringList{DataNarrative::estimatorTitle(score.estimator), number(score.r2),
                            QString::number(score.foldR2.size()), remark};
    }
    d->addTable({DataReport::tr("Estimator"), DataReport::tr("Cross-\nvalidated R²"),
                 DataReport::tr("Folds\nscored"), DataReport::tr("Remark")},
                rows);
    d->addParagraph(DataReport::tr("Pooled out-of-fold R² of %1-fold cross-validation; the "
                                   "in-sample R² of %2 is %3.")
                        .arg(e.settings.folds)
                        .arg(DataNarrative::estimatorTitle(e.fit.estimator), number(e.fit.r2)));
}

bool addPlots(const DataReportContent& c, ReportDocument* d, QString* error)
{
    d->addHeading(DataReport::tr("Plots"));
    PlotExporter exporter;
    exporter.setScale(kImageScale);
    int figure = 0;
    for (QCustomPlot* plot : c.plots) {
        // Two panels side by side get more width than one.
        const int panels = std::max(1, plot->axisRectCount());
        exporter.setSize(panels > 1 ? QSize(560 * std::min(panels, 2), 560) : QSize(800, 560));
        QByteArray png;
        if (!exporter.render(plot, PlotExporter::Format::Png, &png)) {
            *error = exporter.errorString();
            return false;
        }
        QImage image;
        image.loadFromData(png, "PNG");
        d->addImage(image, DataReport::tr("Figure %1. %2").arg(++figure).arg(captionOf(plot)),
                    kImageWidth);
    }
    return true;
}

} // namespace

QStringList DataReport::sections()
{
    return {tr("Data"),
            tr("Settings"),
            tr("Coefficients"),
            tr("Collinearity diagnostics"),
            tr("Sensitivity to an unmeasured confounder"),
            tr("Cross-validation"),
            tr("What the data can and cannot tell"),
            tr("Plots")};
}

bool DataReport::build(const DataReportContent& content, ReportDocument* document, QString* error)
{
    Q_ASSERT(content.exploration);
    document->addRichParagraph(
        QStringLiteral("<span class=\"meta\">%1</span>")
            .arg(tr("%1 · %2 · written by %3")
                     .arg(content.file.toHtmlEscaped(),
                          QLocale::c().toString(content.date.toUTC(),
                                                QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")),
                          content.version.toHtmlEscaped())));
    addData(content, document);
    addSettings(content, document);
    addCoefficients(content, document);
    addCollinearity(content, document);
    addSensitivity(content, document);
    addCrossValidation(content, document);
    document->addHeading(tr("What the data can and cannot tell"));
    document->addList(content.narrative);
    return addPlots(content, document, error);
}

} // namespace lev::ui

namespace lev::ui {

bool DataReport::write(const DataReportContent& content, const QString& path, QString* error)
{
    const auto format = ReportDocument::formatOf(path);
    if (!format) {
        *error = tr("%1: a report is a .pdf or an .html file").arg(QFileInfo(path).fileName());
        return false;
    }
    ReportDocument document(
        tr("Leverscope report: %1 on %2")
            .arg(QString::fromStdString(content.exploration->fit.target), content.file));
    return build(content, &document, error) && document.write(path, *format, error);
}

} // namespace lev::ui
