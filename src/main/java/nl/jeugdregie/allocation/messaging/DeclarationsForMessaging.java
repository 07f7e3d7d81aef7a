package nl.jeugdregie.allocation.messaging;

import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.allocation.AgbCode;
import nl.jeugdregie.identity.MunicipalityCode;
import org.jspecify.annotations.Nullable;

/**
 * BEY-5, TOEW-7 (ADR 0047): iJw messaging hands the lines of a provider's JW323 declaration to the allocation module,
 * which judges each line against its allocation (level 3 of the standard: TR338, TR307, TR308, TR387, TR388, TR339, TR340,
 * TR341, TR346, TR321, TR322, TR369, TR418, and for references TR314, TR323, TR390) and records the approved lines as declared. It
 * runs inside the caller's transaction and locks the allocations it judges, so two declarations never together exceed
 * an allocation's volume or budget; a caller that rolls back (a pre-check) leaves nothing.
 */
public interface DeclarationsForMessaging {

	/**
	 * One JW323 Prestatie as the allocation module sees it: no client data, amounts in cents; a credit line names the
	 * debit line it cancels by its {@code previousReference} (VorigReferentieNummer, IV091).
	 */
	record Line(String reference, long allocationNumber, String productCategory, @Nullable String productCode,
			LocalDate from, LocalDate until, long volume, String unit, long tariffCents, long amountCents, boolean credit,
			@Nullable String previousReference) {

		public Line {
			if (reference.isBlank() || until.isBefore(from) || volume < 0 || tariffCents < 0 || amountCents < 0) {
				throw new IllegalArgumentException("A declared line has a reference, a period, a volume and amounts");
			}
		}

		/** A debit line (no VorigReferentieNummer). */
		public Line(String reference, long allocationNumber, String productCategory, @Nullable String productCode,
				LocalDate from, LocalDate until, long volume, String unit, long tariffCents, long amountCents, boolean credit) {
			this(reference, allocationNumber, productCategory, productCode, from, until, volume, unit, tariffCents, amountCents,
					credit, null);
		}
	}

	/** A provider's declaration (DeclaratieNummer) of one municipality, its lines in the message's order. */
	record Declaration(MunicipalityCode municipality, AgbCode provider, String number, List<Line> lines) {

		public Declaration {
			lines = List.copyOf(lines);
			if (number.isBlank()) {
				throw new IllegalArgumentException("A declaration has a number");
			}
		}
	}

	/** How one line was judged: no codes when approved (and recorded), else the WJ001 codes of the broken rules. */
	record Verdict(String reference, List<String> codes) {

		public Verdict {
			codes = List.copyOf(codes);
		}

		public boolean approved() {
			return codes.isEmpty();
		}
	}

	/** Judges every line in order (earlier approved lines count for later ones) and records the approved ones. */
	List<Verdict> judgeAndRecord(Declaration declaration);
}
