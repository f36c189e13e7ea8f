package org.casebook.estimation;

import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.special.Gamma;

/**
 * The maximum-likelihood fit of a Poisson log-linear model by iteratively reweighted least squares, the method R's
 * {@code glm} uses. The number nobody saw is the fitted count of the all-zero pattern, {@code exp(intercept)}.
 */
final class PoissonFit {
    private static final int MAX_ITERATIONS = 100;
    private static final double TOLERANCE = 1e-10;

    /** @param logLikelihood the full Poisson log-likelihood, with the {@code log y!} terms, as R reports it */
    record Fit(Design design, double[] beta, double logLikelihood, boolean converged) {
        double unseen() {
            return Math.exp(beta[0]);
        }
    }

    private PoissonFit() {}

    static Fit fit(Design d, double[] start) {
        int n = d.rows();
        int p = d.width();
        double[] mu = new double[n];
        double[] eta = new double[n];
        if (start != null && start.length == p) {
            for (int i = 0; i < n; i++) {
                eta[i] = dot(d.x[i], start);
                mu[i] = Math.exp(eta[i]);
            }
        } else {
            for (int i = 0; i < n; i++) {
                mu[i] = d.y[i] + 0.1;
                eta[i] = Math.log(mu[i]);
            }
        }
        double deviance = deviance(d.y, mu);
        double[] beta = new double[p];
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[][] a = new double[p][p];
            double[] b = new double[p];
            for (int i = 0; i < n; i++) {
                double z = eta[i] + (d.y[i] - mu[i]) / mu[i];
                double[] row = d.x[i];
                for (int j = 0; j < p; j++) {
                    if (row[j] != 0) {
                        double wj = mu[i] * row[j];
                        b[j] += wj * z;
                        for (int l = 0; l <= j; l++) {
                            a[j][l] += wj * row[l];
                        }
                    }
                }
            }
            double largest = 0;
            for (int j = 0; j < p; j++) {
                largest = Math.max(largest, a[j][j]);
                for (int l = 0; l < j; l++) {
                    a[l][j] = a[j][l];
                }
            }
            try {
                beta = new CholeskyDecomposition(new Array2DRowRealMatrix(a, false), 1e-12, largest * 1e-14)
                        .getSolver()
                        .solve(new ArrayRealVector(b, false))
                        .toArray();
            } catch (MathIllegalArgumentException singular) {
                return new Fit(d, beta, Double.NaN, false);
            }
            for (int i = 0; i < n; i++) {
                eta[i] = Math.min(dot(d.x[i], beta), 700);
                mu[i] = Math.exp(eta[i]);
            }
            double next = deviance(d.y, mu);
            boolean done = Math.abs(next - deviance) / (Math.abs(next) + 0.1) < TOLERANCE;
            deviance = next;
            if (done) {
                return new Fit(d, beta, logLikelihood(d.y, mu), true);
            }
        }
        return new Fit(d, beta, logLikelihood(d.y, mu), false);
    }

    private static double dot(double[] row, double[] beta) {
        double sum = 0;
        for (int j = 0; j < beta.length; j++) {
            sum += row[j] * beta[j];
        }
        return sum;
    }

    private static double deviance(double[] y, double[] mu) {
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            sum += (y[i] > 0 ? y[i] * Math.log(y[i] / mu[i]) : 0) - (y[i] - mu[i]);
        }
        return 2 * sum;
    }

    private static double logLikelihood(double[] y, double[] mu) {
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            sum += (y[i] > 0 ? y[i] * Math.log(mu[i]) : 0) - mu[i] - Gamma.logGamma(y[i] + 1);
        }
        return sum;
    }
}
