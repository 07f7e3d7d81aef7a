package nl.jeugdregie.steering.internal.financing;

import java.math.BigDecimal;
import java.util.Collection;
import nl.jeugdregie.steering.internal.assignment.Amounts;

/** An FTE count and an amount in euro cents: one line, a subtotal or a total. */
public record Figure(BigDecimal fte, long cents) {

	public static final Figure ZERO = new Figure(BigDecimal.ZERO.setScale(2), 0);

	Figure plus(Figure other) {
		return new Figure(fte.add(other.fte), Math.addExact(cents, other.cents));
	}

	static Figure sumOf(Collection<FinancingLine> lines) {
		return lines.stream().map(FinancingLine::figure).reduce(ZERO, Figure::plus);
	}

	public String amountText() {
		return Amounts.euro(cents);
	}

	public String fteText() {
		return Amounts.fte(fte);
	}
}
