package nl.jeugdregie.steering.internal.risk;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;

/**
 * The risk register as a 3 × 3 grid: damage from high (top) to low, probability from low (left) to high, with the
 * number of risks in each cell (STU-3).
 */
public record HeatMap(List<Row> rows) {

	public record Row(int damage, List<Cell> cells) {}

	@Schema(name = "RiskHeatMapCell")
	public record Cell(int probability, int damage, int count) {

		public int effect() {
			return probability * damage;
		}

		public String level() {
			return RiskLevel.of(effect());
		}
	}

	public static HeatMap of(List<Risk> risks) {
		var rows = new ArrayList<Row>();
		for (int damage = RiskScoreWithinScale.HIGHEST; damage >= RiskScoreWithinScale.LOWEST; damage--) {
			var cells = new ArrayList<Cell>();
			for (int probability = RiskScoreWithinScale.LOWEST; probability <= RiskScoreWithinScale.HIGHEST; probability++) {
				final int p = probability;
				final int d = damage;
				cells.add(new Cell(p, d, (int) risks.stream().filter(r -> r.probability() == p && r.damage() == d).count()));
			}
			rows.add(new Row(damage, List.copyOf(cells)));
		}
		return new HeatMap(List.copyOf(rows));
	}
}
