package nl.jeugdregie.monitoring.internal.disclosure;

/**
 * The SQL expressions of the record keys (SEC-2, ADR 0021), one per kind of record monitoring counts, so every
 * output that counts the same records adds up the same keys. {@code monitoring_record_key} is migration V18_1's.
 */
public final class RecordKeys {

	/** A help request, in a table with its {@code help_request_id}. */
	public static final String HELP_REQUEST = "monitoring_record_key(help_request_id::text)";

	/** A usefulness score: one per help request and respondent. */
	public static final String USEFULNESS_SCORE = "monitoring_record_key(help_request_id || ':' || respondent)";

	/** A plan evaluation: household, moment and date identify it. */
	public static final String PLAN_EVALUATION =
			"monitoring_record_key(household_id || ':' || moment || ':' || evaluated_on)";

	/** An allocation (issue 15): its number is unique per municipality. */
	public static final String ALLOCATION = "monitoring_record_key(municipality_code || ':' || allocation_number)";

	/** Support moved to the CJG on an extension (TOEW-8): its transfer id is unique. */
	public static final String CJG_TRANSFER = "monitoring_record_key(transfer_id::text)";

	private RecordKeys() {}
}
