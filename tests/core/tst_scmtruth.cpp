// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// Tests the exact truth of every generator (docs/math.md §1–2) against closed forms derived by
// hand from the structural equations, and the generic SCM algebra: Cov = A D^2 A^T, the
// interventional regime, and ancestral sampling.

#include "SanitizerBuild.h"
#include "TestTolerance.h"
#include "linalg/Spectrum.h"
#include "model/PopulationTruth.h"
#include "model/ScmFactory.h"
#include "random/RandomStream.h"

#include <QString>
#include <QTest>

#include <cmath>

using lev::core::GeneratorKind;
using lev::core::LinearGaussianScm;
using lev::core::ModelSettings;
using lev::core::PopulationTruth;
using lev::core::RandomStream;
using lev::core::ScmFactory;
using lev::core::Spectrum;
using lev::core::VariableRole;

Q_DECLARE_METATYPE(ModelSettings)

namespace {

// Every closed form below is a short exact expression, evaluated in double precision; the core
// goes through (I - B)^{-1} and an LDLT solve. Their difference is rounding, amplified at most by
// the condition number 1/(1 - c) <= 100 of Sigma_XX: 1e-10 (relative to max(1, |expected|))
// leaves a margin of about 1e3 over that.
constexpr double kTolerance = 1e-10;
/// Rows of the sampling checks; their tolerances follow from it (sanitizer build: a tenth).
constexpr int kSampleRows = lev::test::kSanitized ? 20000 : 200000;

} // namespace

namespace {

Eigen::VectorXd vec2(double a, double b)
{
    Eigen::VectorXd v(2);
    v << a, b;
    return v;
}

ModelSettings settingsFor(GeneratorKind kind, double c, double b, double g, double sigma)
{
    ModelSettings settings = ModelSettings::defaultsFor(kind);
    settings.collinearity = c;
    settings.effect = b;
    settings.confounding = g;
    settings.noise = sigma;
    return settings;
}

/// Rows over c in {0, 0.3, 0.9, 0.99} and several (b, g, sigma), including sigma = 0 and b < 0.
void addParameterRows()
{
    QTest::addColumn<double>("c");
    QTest::addColumn<double>("b");
    QTest::addColumn<double>("g");
    QTest::addColumn<double>("sigma");
    const double cs[] = {0.0, 0.3, 0.9, 0.99};
    const double bgs[][3] = {{1.0, 1.0, 1.0}, {2.0, -0.5, 0.3}, {-1.5, 2.0, 0.0}, {0.5, 0.7, 2.0}};
    for (double c : cs)
        for (const auto& row : bgs)
            QTest::addRow("c=%g b=%g g=%g sigma=%g", c, row[0], row[1], row[2])
                << c << row[0] << row[1] << row[2];
}

/// R^2 of weights w on a zero-mean regime with covariance S of (X, Y):
/// 1 - (S_YY - 2 w^T S_XY + w^T S_XX w) / S_YY, written out here for small closed forms.
double r2Of(double varY, double crossTerm, double quadraticTerm)
{
    return 1.0 - (varY - 2.0 * crossTerm + quadraticTerm) / varY;
}

/// A = (I - B)^{-1} as the finite Neumann series I + B + B^2 + ... + B^{m-1} (B is nilpotent):
/// independent of the core's triangular solve.
Eigen::MatrixXd neumannInverse(const Eigen::MatrixXd& b)
{
    const Eigen::Index m = b.rows();
    Eigen::MatrixXd a = Eigen::MatrixXd::Identity(m, m);
    Eigen::MatrixXd power = Eigen::MatrixXd::Identity(m, m);
    for (Eigen::Index k = 1; k < m; ++k) {
        power = power * b;
        a += power;
    }
    return a;
}

/// Indices of the observed variables in the order (features..., outcome), read from the roles.
std::vector<int> observedOrder(const LinearGaussianScm& scm)
{
    std::vector<int> order;
    int outcome = -1;
    for (int v = 0; v < scm.variableCount(); ++v) {
        if (scm.role(v) == VariableRole::Feature)
            order.push_back(v);
        else if (scm.role(v) == VariableRole::Outcome)
            outcome = v;
    }
    order.push_back(outcome);
    return order;
}

void addGeneratorRows()
{
    QTest::addColumn<ModelSettings>("settings");
    for (double c : {0.0, 0.5, 0.95}) {
        for (GeneratorKind kind : lev::core::allGenerators()) {
            ModelSettings settings = settingsFor(kind, c, 1.3, -0.8, 0.7);
            if (kind == GeneratorKind::Latent) {
                settings.features = 6;
                settings.latentDimension = 2;
                settings.levers = 3;
            }
            if (kind == GeneratorKind::Confounder)
                settings.features = 3;
            QTest::addRow("%s c=%g", lev::core::generatorName(kind).c_str(), c) << settings;
        }
    }
}

/// Sample covariance (divisor n - 1) and mean of the columns of `rows`.
void sampleMoments(const Eigen::MatrixXd& rows, Eigen::VectorXd& mean, Eigen::MatrixXd& covariance)
{
    mean = rows.colwise().mean().transpose();
    const Eigen::MatrixXd centered = rows.rowwise() - mean.transpose();
    covariance = centered.transpose() * centered / static_cast<double>(rows.rows() - 1);
}

/// Every entry of the sample covariance S of n Gaussian rows lies within 4 standard errors of
/// Sigma: Var(S_ij) ~= (Sigma_ii Sigma_jj + Sigma_ij^2) / n (Isserlis), so SE_ij = sqrt of that;
/// every mean within 4 sqrt(Sigma_ii / n) of 0. With ~20 entries per row P(false alarm) ~ 1e-3.
bool momentsAgree(const Eigen::MatrixXd& rows, const Eigen::MatrixXd& sigma, QString* why)
{
    const double n = static_cast<double>(rows.rows());
    Eigen::VectorXd mean;
    Eigen::MatrixXd sample;
    sampleMoments(rows, mean, sample);
    for (Eigen::Index i = 0; i < sigma.rows(); ++i) {
        const double meanSe = std::sqrt(sigma(i, i) / n);
        if (!(std::abs(mean[i]) <= 4.0 * meanSe)) {
            *why = QStringLiteral("mean %1 = %2, SE %3").arg(i).arg(mean[i]).arg(meanSe);
            return false;
        }
        for (Eigen::Index j = 0; j <= i; ++j) {
            const double se =
                std::sqrt((sigma(i, i) * sigma(j, j) + sigma(i, j) * sigma(i, j)) / n);
            if (!(std::abs(sample(i, j) - sigma(i, j)) <= 4.0 * se)) {
                *why = QStringLiteral("S(%1,%2) = %3, Sigma = %4, SE = %5, z = %6")
                           .arg(i)
                           .arg(j)
                           .arg(sample(i, j))
                           .arg(sigma(i, j))
                           .arg(se)
                           .arg((sample(i, j) - sigma(i, j)) / se);
                return false;
            }
        }
    }
    return true;
}

} // namespace

class TestScmTruth : public QObject
{
    Q_OBJECT

private slots:
    void proxy_data();
    void proxy();
    void confounder_data();
    void confounder();
    void confounderManyFeatures_data();
    void confounderManyFeatures();
    void latent_data();
    void latent();
    void chain_data();
    void chain();
    void collider_data();
    void collider();
    void colliderCorrelationGrowsWithC();
    void covarianceIsADDA_data();
    void covarianceIsADDA();
    void interventionalCovariance_data();
    void interventionalCovariance();
    void sampleObservational_data();
    void sampleObservational();
    void sampleInterventional_data();
    void sampleInterventional();
};

void TestScmTruth::proxy_data()
{
    addParameterRows();
}

// X1 ~ N(0,1); X2 = c X1 + sqrt(1-c^2) eta; Y = b X1 + sigma eps.
// Sigma_XX = [[1, c], [c, 1]], Sigma_XY = (b, b c), Var(Y) = b^2 + sigma^2, so
// Sigma_XX^{-1} Sigma_XY = (b, 0); eigenvalues 1 +- c; R^2 = b^2 / (b^2 + sigma^2). Under do(X),
// X1 and X2 are independent with unit variance and Y keeps its equation: the same R^2.
void TestScmTruth::proxy()
{
    QFETCH(double, c);
    QFETCH(double, b);
    QFETCH(double, g);
    QFETCH(double, sigma);
    const LinearGaussianScm scm =
        ScmFactory::build(settingsFor(GeneratorKind::Proxy, c, b, g, sigma));
    const PopulationTruth truth = PopulationTruth::of(scm);

    VERIFY_VECTOR(truth.causalWeights, vec2(b, 0.0), kTolerance);
    VERIFY_VECTOR(truth.populationWeights, vec2(b, 0.0), kTolerance);
    VERIFY_VECTOR(truth.totalEffects, vec2(b, 0.0), kTolerance);
    VERIFY_VECTOR(truth.conditionalSlopes, vec2(b, b * c), kTolerance);

    const Spectrum spectrum = Spectrum::of(truth.featureCovariance());
    VERIFY_VECTOR(spectrum.eigenvalues, vec2(1.0 + c, 1.0 - c), 1e-12);
    QVERIFY(spectrum.conditionNumber.has_value());
    VERIFY_SCALAR(*spectrum.conditionNumber, (1.0 + c) / (1.0 - c), 1e-10);

    const double r2 = b * b / (b * b + sigma * sigma);
    QVERIFY(truth.r2.has_value());
    QVERIFY(truth.interventionalR2.has_value());
    VERIFY_SCALAR(*truth.r2, r2, kTolerance);
    VERIFY_SCALAR(*truth.interventionalR2, r2, kTolerance);
}

void TestScmTruth::confounder_data()
{
    addParameterRows();
}

// Latent Z; X_j = sqrt(c) Z + sqrt(1-c) e_j; Y = b X1 + g Z + sigma eps, p = 2.
// Sigma_XX = [[1, c], [c, 1]], Cov(X_j, Y) = b Sigma_1j + g sqrt(c), so
// Sigma_XY = (b + g sqrt(c), b c + g sqrt(c)) = the conditional slopes (unit variances), and
// beta_pop = b e1 + g sqrt(c) Sigma^{-1} 1 = (b + g sqrt(c)/(1+c), g sqrt(c)/(1+c)).
// Var(Y) = b^2 + g^2 + 2 b g sqrt(c) + sigma^2. Under do(X): X independent of Z, Cov(X, Y) = b e1,
// Var(Y) = b^2 + g^2 + sigma^2.
void TestScmTruth::confounder()
{
    QFETCH(double, c);
    QFETCH(double, b);
    QFETCH(double, g);
    QFETCH(double, sigma);
    const LinearGaussianScm scm =
        ScmFactory::build(settingsFor(GeneratorKind::Confounder, c, b, g, sigma));
    const PopulationTruth truth = PopulationTruth::of(scm);

    const double shift = g * std::sqrt(c) / (1.0 + c);
    const Eigen::VectorXd population = vec2(b + shift, shift);
    VERIFY_VECTOR(truth.causalWeights, vec2(b, 0.0), kTolerance);
    VERIFY_VECTOR(truth.totalEffects, vec2(b, 0.0), kTolerance);
    VERIFY_VECTOR(truth.populationWeights, population, kTolerance);
    const Eigen::VectorXd sxy = vec2(b + g * std::sqrt(c), b * c + g * std::sqrt(c));
    VERIFY_VECTOR(truth.conditionalSlopes, sxy, kTolerance);

    const Spectrum spectrum = Spectrum::of(truth.featureCovariance());
    VERIFY_VECTOR(spectrum.eigenvalues, vec2(1.0 + c, 1.0 - c), 1e-12);

    const double varY = b * b + g * g + 2.0 * b * g * std::sqrt(c) + sigma * sigma;
    VERIFY_SCALAR(truth.observedCovariance(2, 2), varY, kTolerance);
    if (varY > 0.0) {
        QVERIFY(truth.r2.has_value());
        VERIFY_SCALAR(*truth.r2, sxy.dot(population) / varY, kTolerance);
    }
    const double varYdo = b * b + g * g + sigma * sigma;
    QVERIFY(truth.interventionalR2.has_value());
    VERIFY_SCALAR(*truth.interventionalR2,
                  r2Of(varYdo, b * population[0], population.squaredNorm()), kTolerance);
}

void TestScmTruth::confounderManyFeatures_data()
{
    QTest::addColumn<int>("p");
    QTest::addColumn<double>("c");
    QTest::addColumn<double>("b");
    QTest::addColumn<double>("g");
    for (int p : {1, 2, 5, 10})
        for (double c : {0.0, 0.3, 0.9, 0.99})
            QTest::addRow("p=%d c=%g", p, c) << p << c << 1.5 << -0.7;
}

// General p: Sigma_XX = (1-c) I + c 1 1^T, whose eigenvalues are 1 - c + p c (eigenvector 1) and
// 1 - c (p - 1 times); Sigma 1 = (1 - c + p c) 1, so beta_pop = b e1 + g sqrt(c)/(1 - c + p c) 1.
void TestScmTruth::confounderManyFeatures()
{
    QFETCH(int, p);
    QFETCH(double, c);
    QFETCH(double, b);
    QFETCH(double, g);
    ModelSettings settings = settingsFor(GeneratorKind::Confounder, c, b, g, 1.0);
    settings.features = p;
    QVERIFY(settings.validate().empty());
    const PopulationTruth truth = PopulationTruth::of(ScmFactory::build(settings));

    Eigen::VectorXd causal = Eigen::VectorXd::Zero(p);
    causal[0] = b;
    const Eigen::VectorXd population =
        causal + Eigen::VectorXd::Constant(p, g * std::sqrt(c) / (1.0 - c + p * c));
    VERIFY_VECTOR(truth.causalWeights, causal, kTolerance);
    VERIFY_VECTOR(truth.totalEffects, causal, kTolerance);
    VERIFY_VECTOR(truth.populationWeights, population, kTolerance);

    Eigen::VectorXd eigenvalues = Eigen::VectorXd::Constant(p, 1.0 - c);
    eigenvalues[0] = 1.0 - c + p * c;
    VERIFY_VECTOR(Spectrum::of(truth.featureCovariance()).eigenvalues, eigenvalues, 1e-12);
}

void TestScmTruth::latent_data()
{
    QTest::addColumn<int>("p");
    QTest::addColumn<int>("k");
    QTest::addColumn<int>("levers");
    QTest::addColumn<double>("c");
    QTest::addColumn<double>("b");
    QTest::addColumn<double>("sigma");
    QTest::addColumn<int>("loadingSeed");
    const int shapes[][3] = {{20, 3, 2}, {5, 2, 3}, {8, 1, 1}, {4, 4, 2}};
    for (const auto& shape : shapes)
        for (double c : {0.0, 0.3, 0.9, 0.99})
            QTest::addRow("p=%d k=%d levers=%d c=%g", shape[0], shape[1], shape[2], c)
                << shape[0] << shape[1] << shape[2] << c << 1.25 << 0.8 << 7;
    QTest::newRow("sigma=0, b<0, other loadings") << 10 << 3 << 2 << 0.9 << -2.0 << 0.0 << 123;
}

// X = sqrt(c) U L^T + sqrt(1-c) E with unit rows of L: Sigma_XX = c L L^T + (1-c) I, so
// diag(Sigma_XX) = 1, trace = p, and the p - k eigen-directions orthogonal to range(L) (rank k)
// have eigenvalue exactly 1 - c; the top k exceed it when c > 0.
// Y = b sum_{j in S} X_j + sigma eps with eps independent of X and no latent arrow into Y: Y
// depends on U only through X, so E[Y | X] = b 1_S^T X. The regression of Y on X therefore *is*
// the structural equation: Sigma_XY = Sigma_XX b 1_S and beta_pop = beta_causal = b 1_S.
// R^2 = 1 - sigma^2 / Var(Y); under do(X), X ~ N(0, I) and R^2 = b^2 |S| / (b^2 |S| + sigma^2).
void TestScmTruth::latent()
{
    QFETCH(int, p);
    QFETCH(int, k);
    QFETCH(int, levers);
    QFETCH(double, c);
    QFETCH(double, b);
    QFETCH(double, sigma);
    QFETCH(int, loadingSeed);
    ModelSettings settings = settingsFor(GeneratorKind::Latent, c, b, 1.0, sigma);
    settings.features = p;
    settings.latentDimension = k;
    settings.levers = levers;
    settings.loadingSeed = static_cast<std::uint64_t>(loadingSeed);
    QVERIFY(settings.validate().empty());
    const PopulationTruth truth = PopulationTruth::of(ScmFactory::build(settings));
    const Eigen::MatrixXd sxx = truth.featureCovariance();

    Eigen::VectorXd causal = Eigen::VectorXd::Zero(p);
    causal.head(levers).setConstant(b);
    VERIFY_VECTOR(truth.causalWeights, causal, kTolerance);
    VERIFY_VECTOR(truth.totalEffects, causal, kTolerance);
    // beta_pop = beta_causal; the solve is conditioned by 1/(1-c) <= 100 times p.
    VERIFY_VECTOR(truth.populationWeights, causal, 1e-9);
    VERIFY_VECTOR(Eigen::VectorXd(sxx.diagonal()), Eigen::VectorXd::Ones(p), 1e-12);

    const Spectrum spectrum = Spectrum::of(sxx);
    QCOMPARE(spectrum.eigenvalues.size(), Eigen::Index(p));
    VERIFY_SCALAR(spectrum.eigenvalues.sum(), double(p), 1e-12);
    for (int i = k; i < p; ++i)
        QVERIFY2(std::abs(spectrum.eigenvalues[i] - (1.0 - c)) <= 1e-9,
                 qPrintable(QStringLiteral("eigenvalue %1 = %2, expected 1 - c = %3")
                                .arg(i)
                                .arg(spectrum.eigenvalues[i], 0, 'g', 17)
                                .arg(1.0 - c)));
    if (c > 0.0)
        QVERIFY2(spectrum.eigenvalues[k - 1] > 1.0 - c + 1e-6,
                 "the k-th eigenvalue must carry latent variance");

    const double varY = b * b * sxx.topLeftCorner(levers, levers).sum() + sigma * sigma;
    VERIFY_SCALAR(truth.observedCovariance(p, p), varY, kTolerance);
    QVERIFY(truth.r2.has_value());
    VERIFY_SCALAR(*truth.r2, 1.0 - sigma * sigma / varY, 1e-9);
    QVERIFY(truth.interventionalR2.has_value());
    const double explained = b * b * levers;
    VERIFY_SCALAR(*truth.interventionalR2, explained / (explained + sigma * sigma), 1e-9);
}

void TestScmTruth::chain_data()
{
    addParameterRows();
}

// X1 ~ N(0,1); X2 = c X1 + sqrt(1-c^2) eta; Y = b X2 + sigma eps. Sigma_XY = (c b, b), so
// beta_pop = (0, b) = beta_causal; do(X1) moves Y through X2: total effects (c b, b); conditional
// slopes equal Sigma_XY (unit variances). R^2 = b^2 / (b^2 + sigma^2) in both regimes.
void TestScmTruth::chain()
{
    QFETCH(double, c);
    QFETCH(double, b);
    QFETCH(double, g);
    QFETCH(double, sigma);
    const PopulationTruth truth =
        PopulationTruth::of(ScmFactory::build(settingsFor(GeneratorKind::Chain, c, b, g, sigma)));

    VERIFY_VECTOR(truth.causalWeights, vec2(0.0, b), kTolerance);
    VERIFY_VECTOR(truth.populationWeights, vec2(0.0, b), kTolerance);
    VERIFY_VECTOR(truth.totalEffects, vec2(c * b, b), kTolerance);
    VERIFY_VECTOR(truth.conditionalSlopes, vec2(c * b, b), kTolerance);
    const double r2 = b * b / (b * b + sigma * sigma);
    QVERIFY(truth.r2.has_value());
    QVERIFY(truth.interventionalR2.has_value());
    VERIFY_SCALAR(*truth.r2, r2, kTolerance);
    VERIFY_SCALAR(*truth.interventionalR2, r2, kTolerance);
}

void TestScmTruth::collider_data()
{
    addParameterRows();
}

// X1 ~ N(0,1); Y = b X1 + sigma eps; C = c (X1 + Y)/s + sqrt(1-c^2) eta, s = sqrt((1+b)^2+sigma^2)
// = SD(X1 + Y). Features (X1, C). Written out:
//   Var(X1) = 1, Var(C) = c^2 + 1 - c^2 = 1, Cov(X1, C) = c (1 + b) / s,
//   Cov(X1, Y) = b, Cov(C, Y) = c (b + b^2 + sigma^2) / s, Var(Y) = b^2 + sigma^2.
// beta_pop by Cramer's rule on the 2x2 system; beta_causal = total effects = (b, 0) since C has
// no arrow into Y. Under do(X): X1, C independent with unit variance, Cov(X, Y) = (b, 0).
void TestScmTruth::collider()
{
    QFETCH(double, c);
    QFETCH(double, b);
    QFETCH(double, g);
    QFETCH(double, sigma);
    const PopulationTruth truth = PopulationTruth::of(
        ScmFactory::build(settingsFor(GeneratorKind::Collider, c, b, g, sigma)));

    const double s = std::sqrt((1.0 + b) * (1.0 + b) + sigma * sigma);
    const double r = c * (1.0 + b) / s;                    // Cov(X1, C) = Corr(X1, C)
    const double cy = c * (b + b * b + sigma * sigma) / s; // Cov(C, Y)
    const double varY = b * b + sigma * sigma;
    const double determinant = 1.0 - r * r;
    const Eigen::VectorXd population = vec2((b - r * cy) / determinant, (cy - r * b) / determinant);

    Eigen::MatrixXd expectedCovariance(3, 3); // (X1, C, Y)
    expectedCovariance << 1.0, r, b, r, 1.0, cy, b, cy, varY;
    VERIFY_MATRIX(truth.observedCovariance, expectedCovariance, kTolerance);
    VERIFY_VECTOR(truth.causalWeights, vec2(b, 0.0), kTolerance);
    VERIFY_VECTOR(truth.totalEffects, vec2(b, 0.0), kTolerance);
    VERIFY_VECTOR(truth.conditionalSlopes, vec2(b, cy), kTolerance);
    VERIFY_VECTOR(truth.populationWeights, population, 1e-9);
    QVERIFY(truth.r2.has_value());
    VERIFY_SCALAR(*truth.r2, (b * population[0] + cy * population[1]) / varY, 1e-9);
    QVERIFY(truth.interventionalR2.has_value());
    VERIFY_SCALAR(*truth.interventionalR2, r2Of(varY, b * population[0], population.squaredNorm()),
                  1e-9);
}

// Corr(X1, C) = c (1 + b) / s is strictly increasing in c for 1 + b > 0, and Var(C) = 1.
void TestScmTruth::colliderCorrelationGrowsWithC()
{
    double previous = -1.0;
    for (double c : {0.0, 0.1, 0.3, 0.5, 0.7, 0.9, 0.99}) {
        const PopulationTruth truth = PopulationTruth::of(
            ScmFactory::build(settingsFor(GeneratorKind::Collider, c, 1.0, 1.0, 1.0)));
        const Eigen::MatrixXd& cov = truth.observedCovariance;
        VERIFY_SCALAR(cov(1, 1), 1.0, 1e-12);
        const double correlation = cov(0, 1) / std::sqrt(cov(0, 0) * cov(1, 1));
        VERIFY_SCALAR(correlation, c * 2.0 / std::sqrt(5.0), 1e-12);
        QVERIFY2(correlation > previous,
                 qPrintable(QStringLiteral("Corr(X1, C) = %1 at c = %2 does not exceed %3")
                                .arg(correlation)
                                .arg(c)
                                .arg(previous)));
        previous = correlation;
    }
}

void TestScmTruth::covarianceIsADDA_data()
{
    addGeneratorRows();
}

// Cov(V) = A D^2 A^T with A = I + B + ... + B^{m-1}; the observed block is picked by the roles;
// A[y, j] is the total effect; with no feature-to-latent-to-Y path in these generators, the
// causal weights are Y's own structural coefficients B[y, feature].
void TestScmTruth::covarianceIsADDA()
{
    QFETCH(ModelSettings, settings);
    const LinearGaussianScm scm = ScmFactory::build(settings);
    const Eigen::MatrixXd b = scm.edges();
    const Eigen::VectorXd d = scm.noiseScales();
    QCOMPARE(b.rows(), Eigen::Index(scm.variableCount()));
    QVERIFY2(b.triangularView<Eigen::Upper>().toDenseMatrix().isZero(0.0),
             "B must be strictly lower triangular");

    const Eigen::MatrixXd a = neumannInverse(b);
    const Eigen::MatrixXd expected = a * d.cwiseAbs2().asDiagonal() * a.transpose();
    VERIFY_MATRIX(scm.covariance(), expected, 1e-12);

    const std::vector<int> order = observedOrder(scm);
    const int p = scm.featureCount();
    QCOMPARE(int(order.size()), p + 1);
    QCOMPARE(order.back(), scm.outcomeIndex());
    Eigen::MatrixXd observed(p + 1, p + 1);
    for (int i = 0; i <= p; ++i)
        for (int j = 0; j <= p; ++j)
            observed(i, j) = expected(order[i], order[j]);
    VERIFY_MATRIX(scm.observedCovariance(), observed, 1e-12);

    Eigen::VectorXd total(p), structural(p);
    for (int j = 0; j < p; ++j) {
        total[j] = a(order.back(), order[j]);
        structural[j] = b(order.back(), order[j]);
    }
    VERIFY_VECTOR(scm.totalEffects(), total, 1e-12);
    VERIFY_VECTOR(scm.causalWeights(), structural, 1e-12);
}

void TestScmTruth::interventionalCovariance_data()
{
    addGeneratorRows();
}

// Under do(X ~ independent draws with the observational variances): the features are mutually
// independent (zero off-diagonal), keep their variances, and Cov(X_j, Y) = Var(X_j) beta_causal_j
// because each X_j is independent of everything but its own path into Y.
void TestScmTruth::interventionalCovariance()
{
    QFETCH(ModelSettings, settings);
    const LinearGaussianScm scm = ScmFactory::build(settings);
    const Eigen::MatrixXd observed = scm.observedCovariance();
    const Eigen::MatrixXd intervened = scm.interventionalCovariance();
    const int p = scm.featureCount();
    QCOMPARE(intervened.rows(), Eigen::Index(p + 1));
    QCOMPARE(intervened.cols(), Eigen::Index(p + 1));
    VERIFY_MATRIX(intervened, Eigen::MatrixXd(intervened.transpose()), 1e-14);

    const Eigen::MatrixXd featureBlock = intervened.topLeftCorner(p, p);
    const Eigen::MatrixXd diagonal = observed.diagonal().head(p).asDiagonal();
    VERIFY_MATRIX(featureBlock, diagonal, 1e-12);

    const Eigen::VectorXd cross = intervened.topRightCorner(p, 1);
    VERIFY_VECTOR(cross,
                  Eigen::VectorXd(observed.diagonal().head(p).cwiseProduct(scm.causalWeights())),
                  1e-12);
}

void TestScmTruth::sampleObservational_data()
{
    addGeneratorRows();
}

void TestScmTruth::sampleObservational()
{
    QFETCH(ModelSettings, settings);
    const LinearGaussianScm scm = ScmFactory::build(settings);
    const int n = kSampleRows;
    RandomStream random(20240611, 3);
    Eigen::MatrixXd features;
    Eigen::VectorXd outcome;
    scm.sampleObservational(random, n, features, outcome);
    QCOMPARE(features.rows(), Eigen::Index(n));
    QCOMPARE(features.cols(), Eigen::Index(scm.featureCount()));
    QCOMPARE(outcome.size(), Eigen::Index(n));
    Eigen::MatrixXd rows(n, scm.featureCount() + 1);
    rows << features, outcome;
    QString why;
    QVERIFY2(momentsAgree(rows, scm.observedCovariance(), &why), qPrintable(why));
}

void TestScmTruth::sampleInterventional_data()
{
    addGeneratorRows();
}

void TestScmTruth::sampleInterventional()
{
    QFETCH(ModelSettings, settings);
    const LinearGaussianScm scm = ScmFactory::build(settings);
    const int n = kSampleRows;
    RandomStream random(20240611, 4);
    Eigen::MatrixXd features;
    Eigen::VectorXd outcome;
    scm.sampleInterventional(random, n, features, outcome);
    Eigen::MatrixXd rows(n, scm.featureCount() + 1);
    rows << features, outcome;
    QString why;
    QVERIFY2(momentsAgree(rows, scm.interventionalCovariance(), &why), qPrintable(why));
}

QTEST_GUILESS_MAIN(TestScmTruth)
#include "tst_scmtruth.moc"
