package nl.jeugdregie.monitoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The differencing attacker's solver (SEC-2): non-negative counts x, and for each published figure a sum of some of
 * them that lies between a low and a high bound. {@link #range} gives the smallest and largest value a sum of counts
 * can take: a two-phase simplex on a dense tableau with Bland's rule (no cycling on these very degenerate systems).
 * Phase 1 runs once; every range starts phase 2 from its feasible tableau.
 */
final class SumBounds {

	private static final double EPS = 1e-9;

	private final int variables;
	private double[][] tableau;
	private int[] basis;
	private boolean[] artificial;
	private int columns;

	/** A published sum: the indices of the counts in it and its bounds. */
	record Sum(List<Integer> members, long low, long high) {}

	SumBounds(int variables, List<Sum> sums) {
		this.variables = variables;
		var lows = sums.stream().filter(s -> s.low() > 0).count();
		// Columns: x, u (slack of "<= high"), v (surplus of ">= low"), a (artificial of ">= low"), right-hand side.
		var m = sums.size();
		columns = variables + m + 2 * (int) lows;
		var rows = new ArrayList<double[]>();
		var basisList = new ArrayList<Integer>();
		artificial = new boolean[columns];
		var low = 0;
		for (var k = 0; k < m; k++) {
			var sum = sums.get(k);
			var upper = new double[columns + 1];
			sum.members().forEach(i -> upper[i] = 1);
			upper[variables + k] = 1;
			upper[columns] = sum.high();
			rows.add(upper);
			basisList.add(variables + k);
			if (sum.low() > 0) {
				var lower = new double[columns + 1];
				sum.members().forEach(i -> lower[i] = 1);
				var surplus = variables + m + 2 * low;
				lower[surplus] = -1;
				lower[surplus + 1] = 1;
				artificial[surplus + 1] = true;
				lower[columns] = sum.low();
				rows.add(lower);
				basisList.add(surplus + 1);
				low++;
			}
		}
		tableau = rows.toArray(double[][]::new);
		basis = basisList.stream().mapToInt(Integer::intValue).toArray();
		var phaseOne = new double[columns];
		for (var j = 0; j < columns; j++) {
			phaseOne[j] = artificial[j] ? -1 : 0;
		}
		var value = maximise(tableau, basis, phaseOne, false);
		if (value < -1e-6) {
			throw new IllegalStateException("The published sums contradict each other");
		}
		driveOutArtificials();
	}

	/** The smallest and largest value of the sum of the given counts; Long.MAX_VALUE when unbounded. */
	long[] range(List<Integer> group) {
		var objective = new double[columns];
		group.forEach(i -> objective[i] = 1);
		var max = maximise(copy(tableau), basis.clone(), objective, true);
		var negated = new double[columns];
		group.forEach(i -> negated[i] = -1);
		var min = -maximise(copy(tableau), basis.clone(), negated, true);
		return new long[] { (long) Math.ceil(min - 1e-6),
				Double.isInfinite(max) ? Long.MAX_VALUE : (long) Math.floor(max + 1e-6) };
	}

	/** Maximises c·x from a feasible basis; +infinity when unbounded. Artificial columns never enter in phase 2. */
	private double maximise(double[][] t, int[] b, double[] c, boolean phaseTwo) {
		while (true) {
			var entering = -1;
			for (var j = 0; j < columns && entering < 0; j++) {
				if ((phaseTwo && artificial[j]) || isBasic(b, j)) {
					continue;
				}
				var reduced = c[j];
				for (var i = 0; i < t.length; i++) {
					reduced -= c[b[i]] * t[i][j];
				}
				if (reduced > EPS) {
					entering = j;
				}
			}
			if (entering < 0) {
				var value = 0.0;
				for (var i = 0; i < t.length; i++) {
					value += c[b[i]] * t[i][columns];
				}
				return value;
			}
			var leaving = -1;
			var best = Double.POSITIVE_INFINITY;
			for (var i = 0; i < t.length; i++) {
				if (t[i][entering] > EPS) {
					var ratio = t[i][columns] / t[i][entering];
					if (ratio < best - EPS || (Math.abs(ratio - best) <= EPS && b[i] < b[leaving])) {
						best = ratio;
						leaving = i;
					}
				}
			}
			if (leaving < 0) {
				return Double.POSITIVE_INFINITY;
			}
			pivot(t, b, leaving, entering);
		}
	}

	private void driveOutArtificials() {
		var keep = new ArrayList<Integer>();
		for (var i = 0; i < tableau.length; i++) {
			if (!artificial[basis[i]]) {
				keep.add(i);
				continue;
			}
			var replaced = false;
			for (var j = 0; j < columns && !replaced; j++) {
				if (!artificial[j] && !isBasic(basis, j) && Math.abs(tableau[i][j]) > EPS) {
					pivot(tableau, basis, i, j);
					replaced = true;
				}
			}
			if (replaced) {
				keep.add(i);
			}
		}
		tableau = keep.stream().map(i -> tableau[i]).toArray(double[][]::new);
		basis = keep.stream().mapToInt(i -> basis[i]).toArray();
	}

	private void pivot(double[][] t, int[] b, int row, int column) {
		var pivotRow = t[row];
		var factor = pivotRow[column];
		for (var j = 0; j <= columns; j++) {
			pivotRow[j] /= factor;
		}
		for (var i = 0; i < t.length; i++) {
			var f = t[i][column];
			if (i != row && Math.abs(f) > 0) {
				var r = t[i];
				for (var j = 0; j <= columns; j++) {
					r[j] -= f * pivotRow[j];
				}
				r[column] = 0;
			}
		}
		b[row] = column;
	}

	private static boolean isBasic(int[] b, int column) {
		for (var v : b) {
			if (v == column) {
				return true;
			}
		}
		return false;
	}

	private static double[][] copy(double[][] t) {
		return Arrays.stream(t).map(double[]::clone).toArray(double[][]::new);
	}

	int variables() {
		return variables;
	}
}
