package nl.jeugdregie.audit;

/**
 * How the privacy officer names the client whose overview of accesses she makes (AVG article 15): the young
 * person's BSN, or the number of one of the client's files (a help request {@code HV-0828-2026-000123}, a household
 * {@code GZ-0828-2026-000004}). Validated here; the modules that hold files answer which clients it names ({@link ClientDirectory}).
 */
public sealed interface ClientReference {

	/** A BSN of nine digits that passes the eleven test. Its {@code toString} shows only the last three digits. */
	record Bsn(String value) implements ClientReference {

		public Bsn {
			if (value == null || !value.matches("\\d{9}") || value.equals("000000000") || !elevenTest(value)) {
				throw new IllegalArgumentException("A BSN has nine digits and passes the eleven test");
			}
		}

		static boolean elevenTest(String digits) {
			var sum = 0;
			for (var i = 0; i < 8; i++) {
				sum += (9 - i) * (digits.charAt(i) - '0');
			}
			sum -= digits.charAt(8) - '0';
			return sum % 11 == 0;
		}

		/** The BSN as the overview names it: only its last three digits, so a lost printout does not give it away. */
		public String masked() {
			return "•••••" + value.substring(6);
		}

		@Override
		public String toString() {
			return "Bsn[" + masked() + "]";
		}
	}

	/** The number of a client file, as shown on the file (letters, digits and dashes). */
	record CaseNumber(String value) implements ClientReference {

		public CaseNumber {
			if (value == null || !value.matches("[A-Z]{2,4}(-[0-9]{1,8}){2,3}")) {
				throw new IllegalArgumentException("A case number looks like HV-0828-2026-000123");
			}
		}
	}
}
