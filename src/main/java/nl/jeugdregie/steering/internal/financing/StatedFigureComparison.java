package nl.jeugdregie.steering.internal.financing;

import java.math.BigDecimal;
import nl.jeugdregie.steering.internal.assignment.Amounts;
import org.jspecify.annotations.Nullable;

/**
 * What a document states next to what the product computes from the lines, with the difference
 * (computed minus stated). The stated figure is never used in a computation.
 *
 * @param statedFte null when the document states no FTE (the Proeftuin Ruwaard amount)
 */
public record StatedFigureComparison(String label, @Nullable BigDecimal statedFte, long statedCents, Figure computed) {

	public long differenceCents() {
		return computed.cents() - statedCents;
	}

	public BigDecimal fteDifference() {
		return statedFte == null ? BigDecimal.ZERO.setScale(2) : computed.fte().subtract(statedFte);
	}

	/** Whether the document and the lines agree, to the cent and to the hundredth FTE. */
	public boolean matches() {
		return differenceCents() == 0 && fteDifference().signum() == 0;
	}

	public String statedAmountText() {
		return Amounts.euro(statedCents);
	}

	public String statedFteText() {
		return Amounts.fte(statedFte);
	}

	public String differenceText() {
		return Amounts.signedEuro(differenceCents());
	}

	public String fteDifferenceText() {
		var difference = fteDifference();
		return (difference.signum() > 0 ? "+ " : "") + Amounts.fte(difference);
	}
}
