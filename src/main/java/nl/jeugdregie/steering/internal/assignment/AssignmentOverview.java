package nl.jeugdregie.steering.internal.assignment;

import java.util.List;
import nl.jeugdregie.steering.internal.financing.BudgetCapStatus;
import nl.jeugdregie.steering.internal.financing.Figure;
import nl.jeugdregie.steering.internal.financing.StatedFigureComparison;
import org.jspecify.annotations.Nullable;

/**
 * What the overview shows of the municipality's assignment: per type of work the computed subtotal next to the
 * stated one, the totals for youth and adults and overall, the Proeftuin Ruwaard budget apart, and the cap.
 *
 * @param assignment null when the municipality has no assignment yet; then every list is empty
 */
public record AssignmentOverview(String municipalityCode, String municipalityName, @Nullable Assignment assignment,
		List<TypeOfWorkRow> rows, Figure youth, Figure adults, Figure overall, Figure proeftuin,
		@Nullable StatedFigureComparison proeftuinComparison, @Nullable BudgetCapStatus cap) {

	/** One type of work with its computed subtotal and, when the document states one, the comparison. */
	public record TypeOfWorkRow(TypeOfWork type, Figure computed, @Nullable StatedFigureComparison comparison) {}

	public boolean anyDifference() {
		return rows.stream().anyMatch(row -> row.comparison() != null && !row.comparison().matches())
				|| (proeftuinComparison != null && !proeftuinComparison.matches());
	}
}
