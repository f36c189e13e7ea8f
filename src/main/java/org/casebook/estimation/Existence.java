package org.casebook.estimation;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.RRQRDecomposition;
import org.hipparchus.optim.MaxIter;
import org.hipparchus.optim.linear.LinearConstraint;
import org.hipparchus.optim.linear.LinearConstraintSet;
import org.hipparchus.optim.linear.LinearObjectiveFunction;
import org.hipparchus.optim.linear.NonNegativeConstraint;
import org.hipparchus.optim.linear.Relationship;
import org.hipparchus.optim.linear.SimplexSolver;
import org.hipparchus.optim.nonlinear.scalar.GoalType;

/**
 * Whether a model's estimate exists and is identifiable on a table (Fienberg and Rinaldo 2012; Chan, Silverman and
 * Vincent 2021). With zero cells, the maximum-likelihood estimate can run off to infinity; printing what an optimiser
 * stopped at would give a number that means nothing.
 */
final class Existence {
    enum Outcome {
        EXISTS,
        NOT_FINITE,
        NOT_IDENTIFIABLE
    }

    private static final double RANK_THRESHOLD = 1e-9;

    private Existence() {}

    static Outcome check(Design d) {
        int width = d.width();
        double[][] positive = d.positiveRows();
        // Directions along which the likelihood keeps rising must leave every non-empty cell unchanged; when those
        // cells alone already pin every parameter down there is no such direction and no linear program is needed.
        if (rank(positive) == width) {
            return Outcome.EXISTS;
        }
        if (rank(d.x) < width) {
            return Outcome.NOT_IDENTIFIABLE;
        }
        return strictlyPositiveSolution(d) ? Outcome.EXISTS : Outcome.NOT_FINITE;
    }

    private static int rank(double[][] rows) {
        if (rows.length == 0) {
            return 0;
        }
        return new RRQRDecomposition(new Array2DRowRealMatrix(rows, false), RANK_THRESHOLD).getRank(RANK_THRESHOLD);
    }

    /**
     * The estimate is finite exactly when the sufficient statistics {@code X'y} can be reached by strictly positive
     * expected counts: maximise the smallest count {@code s} subject to {@code X'm = X'y}, {@code m >= s}.
     */
    private static boolean strictlyPositiveSolution(Design d) {
        int n = d.rows();
        int width = d.width();
        List<LinearConstraint> constraints = new ArrayList<>();
        for (int j = 0; j < width; j++) {
            double[] coefficients = new double[n + 1];
            double target = 0;
            for (int i = 0; i < n; i++) {
                coefficients[i] = d.x[i][j];
                target += d.x[i][j] * d.y[i];
            }
            constraints.add(new LinearConstraint(coefficients, Relationship.EQ, target));
        }
        for (int i = 0; i < n; i++) {
            double[] coefficients = new double[n + 1];
            coefficients[i] = 1;
            coefficients[n] = -1;
            constraints.add(new LinearConstraint(coefficients, Relationship.GEQ, 0));
        }
        double[] objective = new double[n + 1];
        objective[n] = 1;
        try {
            double smallest = new SimplexSolver()
                    .optimize(
                            new MaxIter(10_000),
                            new LinearObjectiveFunction(objective, 0),
                            new LinearConstraintSet(constraints),
                            GoalType.MAXIMIZE,
                            new NonNegativeConstraint(true))
                    .getValue();
            return smallest > 1e-6;
        } catch (MathIllegalStateException unsolved) {
            return false;
        }
    }
}
