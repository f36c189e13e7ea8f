package org.casebook.estimation;

import java.util.ArrayList;
import java.util.List;

/**
 * The design matrix of one model on one table. A pair of lists in the model that nobody is on together has its
 * interaction at minus infinity (Chan, Silverman and Vincent 2021): every pattern holding both lists is then expected
 * to be empty, so its rows and that column leave the fit, while the parameter is still counted by the criterion.
 */
final class Design {
    final LogLinearModel model;
    /** The patterns that stay in the fit. */
    final int[] cells;
    /** Column 0 is the intercept, columns 1..K the main effects, then the finite interactions in pair order. */
    final double[][] x;

    final double[] y;
    /** Interactions at minus infinity. */
    final int emptyPairs;

    private Design(LogLinearModel model, int[] cells, double[][] x, double[] y, int emptyPairs) {
        this.model = model;
        this.cells = cells;
        this.x = x;
        this.y = y;
        this.emptyPairs = emptyPairs;
    }

    static Design of(CaptureHistories data, LogLinearModel model) {
        int k = data.size();
        List<int[]> columns = new ArrayList<>();
        List<int[]> emptyPairs = new ArrayList<>();
        for (int p = 0; p < LogLinearModel.pairCount(k); p++) {
            if (model.has(p)) {
                int[] ab = LogLinearModel.pair(k, p);
                (data.overlap(ab[0], ab[1]) == 0 ? emptyPairs : columns).add(ab);
            }
        }
        List<Integer> kept = new ArrayList<>();
        for (int pattern = 1; pattern < 1 << k; pattern++) {
            final int cell = pattern;
            if (emptyPairs.stream().noneMatch(ab -> (cell & (1 << ab[0])) != 0 && (cell & (1 << ab[1])) != 0)) {
                kept.add(pattern);
            }
        }
        int width = 1 + k + columns.size();
        double[][] x = new double[kept.size()][width];
        double[] y = new double[kept.size()];
        int[] cells = new int[kept.size()];
        for (int r = 0; r < kept.size(); r++) {
            int pattern = kept.get(r);
            cells[r] = pattern;
            y[r] = data.count(pattern);
            x[r][0] = 1;
            for (int i = 0; i < k; i++) {
                x[r][1 + i] = (pattern >> i) & 1;
            }
            for (int c = 0; c < columns.size(); c++) {
                int[] ab = columns.get(c);
                x[r][1 + k + c] = ((pattern >> ab[0]) & (pattern >> ab[1]) & 1);
            }
        }
        return new Design(model, cells, x, y, emptyPairs.size());
    }

    int rows() {
        return y.length;
    }

    int width() {
        return x.length == 0 ? 0 : x[0].length;
    }

    /** The rows of cells that hold somebody. */
    double[][] positiveRows() {
        List<double[]> rows = new ArrayList<>();
        for (int r = 0; r < y.length; r++) {
            if (y[r] > 0) {
                rows.add(x[r]);
            }
        }
        return rows.toArray(double[][]::new);
    }
}
