package nl.jeugdregie.messaging.internal.requests;

import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.messaging.IjwMessageType;
import nl.jeugdregie.messaging.internal.message.Bsn;
import nl.jeugdregie.messaging.internal.message.Header;
import org.jspecify.annotations.Nullable;

/**
 * A provider's request as read from a JW315 (request for an allocation: one ReferentieAanbieder per requested product)
 * or a JW317 (request for a change: one ReferentieAanbieder and reason for the whole request, the client's current
 * allocations unchanged or to change, and new products). Lines keep the message's order, so retour codes find their
 * class.
 */
public record RequestMessage(Header header, Bsn bsn, @Nullable LocalDate birthDate, @Nullable String changeReference,
		@Nullable String changeReason, List<Line> lines) {

	/** What a line of the request is. */
	public enum Kind {
		/** JW315 AangevraagdProduct. */
		REQUESTED,
		/** JW317 OngewijzigdProduct: a current allocation that stays. */
		UNCHANGED,
		/** JW317 TeWijzigenProduct: a current allocation to change. */
		CHANGED,
		/** JW317 NieuwProduct. */
		NEW
	}

	/** One product line; which fields are filled depends on the kind. */
	public record Line(Kind kind, @Nullable String reference, @Nullable Long allocationNumber, @Nullable String category,
			@Nullable String code, @Nullable LocalDate from, @Nullable LocalDate until, @Nullable Integer volume,
			@Nullable String unit, @Nullable String frequency, @Nullable Long budgetCents) {

		public Line {
			if (kind == Kind.REQUESTED && (reference == null || from == null)) {
				throw new IllegalArgumentException("A requested product has a ReferentieAanbieder and a start date");
			}
			if ((kind == Kind.UNCHANGED || kind == Kind.CHANGED) && allocationNumber == null) {
				throw new IllegalArgumentException("An unchanged or changed product names its ToewijzingNummer");
			}
		}

		/** Same product: the same category and code (a missing code matches on the category). */
		boolean sameProduct(Line other) {
			return category != null && category.equals(other.category)
					&& (code == null || other.code == null || code.equals(other.code));
		}

		/** The periods overlap (an open end runs on). */
		boolean overlaps(Line other) {
			if (from == null || other.from == null) {
				return false;
			}
			return (until == null || !until.isBefore(other.from)) && (other.until == null || !other.until.isBefore(from));
		}
	}

	public RequestMessage {
		lines = List.copyOf(lines);
		if (header.type() != IjwMessageType.JW315 && header.type() != IjwMessageType.JW317) {
			throw new IllegalArgumentException("A request is a JW315 or a JW317");
		}
		if (header.type() == IjwMessageType.JW317 && (changeReference == null || changeReason == null)) {
			throw new IllegalArgumentException("A request for a change has a ReferentieAanbieder and a RedenVerzoek");
		}
		if (header.type() == IjwMessageType.JW315 && lines.isEmpty()) {
			throw new IllegalArgumentException("A request for an allocation names at least one product");
		}
	}

	boolean isChange() {
		return header.type() == IjwMessageType.JW317;
	}

	/** The ReferentieAanbieder of each request the message makes, in order (one for a JW317). */
	List<String> references() {
		return isChange() ? List.of(java.util.Objects.requireNonNull(changeReference))
				: lines.stream().map(l -> java.util.Objects.requireNonNull(l.reference())).toList();
	}

	@Override
	public String toString() {
		return "RequestMessage[" + header.type() + " " + header.identification() + "]";
	}
}
