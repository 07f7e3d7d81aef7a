package nl.jeugdregie.steering.internal.financing;

import java.math.BigDecimal;
import nl.jeugdregie.steering.internal.assignment.Amounts;
import nl.jeugdregie.steering.internal.assignment.TargetGroup;
import org.jspecify.annotations.Nullable;

/**
 * One line of a financing table (STU-4).
 *
 * @param typeOfWorkId null only for the Proeftuin Ruwaard budget, which belongs to no type of work
 * @param fte null where the document gives none (housing, activity budgets)
 * @param targetGroup null only for the Proeftuin Ruwaard budget
 */
public record FinancingLine(long id, @Nullable Long typeOfWorkId, int position, String label, @Nullable BigDecimal fte,
		long amountCents, FinancingCategory category, @Nullable TargetGroup targetGroup, boolean proeftuin) {

	Figure figure() {
		return new Figure(fte == null ? BigDecimal.ZERO.setScale(2) : fte, amountCents);
	}

	public String amountText() {
		return Amounts.euro(amountCents);
	}

	public String fteText() {
		return Amounts.fte(fte);
	}
}
