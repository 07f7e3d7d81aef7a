package nl.jeugdregie.policy;

import nl.jeugdregie.platform.text.Labelled;

/**
 * The norms a municipality sets. Each names the requirement it comes from and the unit it is expressed in;
 * the values themselves are data (gemeente Oss's are the seeded defaults).
 */
public enum NormKey implements Labelled {

	/** TOE-5: a request is taken into treatment within this term after registration (Oss: 2 weeks). */
	TREATMENT_START_TERM("TOE-5", NormUnit.WEEKS),
	/** TOE-7: the most conversations a professional has when solving a request alone (Oss: 5). */
	MAX_CONVERSATIONS("TOE-7", NormUnit.COUNT),
	/** TOE-7: an application for specialised care is made within this term after the last conversation (Oss: 2 weeks). */
	APPLICATION_TERM_AFTER_LAST_CONVERSATION("TOE-7", NormUnit.WEEKS),
	/** TOE-8: the statutory lead time for the route to care once an application is made (Oss: 8 weeks). */
	ROUTE_TO_CARE_LEAD_TIME("TOE-8", NormUnit.WEEKS),
	/** TOE-2, TOE-10: the hour from which the CJG is staffed on workdays; a crisis before it follows the crisis protocol (Oss: 9). */
	OFFICE_HOURS_OPENING("TOE-10", NormUnit.HOUR_OF_DAY),
	/** TOE-2, TOE-10: the hour at which the CJG closes on workdays (Oss: 17, so until 17:00). */
	OFFICE_HOURS_CLOSING("TOE-10", NormUnit.HOUR_OF_DAY),
	/** PLAN-6: support planned longer than this needs an Eigen Kracht conference first (Oss: 6 months). */
	SUPPORT_DURATION_REQUIRING_CONFERENCE("PLAN-6", NormUnit.MONTHS),
	/** PLAN-7: how long before a placement or extension an explanatory analysis still counts (12 months, ADR 0008). */
	EXPLANATORY_ANALYSIS_VALIDITY("PLAN-7", NormUnit.MONTHS),
	/** TOE-12: a young person returning within this period goes to the professional who handled the earlier request. */
	RETURNING_CLIENT_PERIOD("TOE-12", NormUnit.MONTHS),
	/** PLAN-4: the youngest age, in years, for a future plan 18-/18+ (16). */
	FUTURE_PLAN_MIN_AGE("PLAN-4", NormUnit.COUNT),
	/** PLAN-4: the oldest age, in years, for a future plan 18-/18+ (27, inclusive). */
	FUTURE_PLAN_MAX_AGE("PLAN-4", NormUnit.COUNT),
	/** PLAN-4: young people turning 18 within this horizon without a future plan are on the team's worklist. */
	FUTURE_PLAN_HORIZON("PLAN-4", NormUnit.MONTHS),
	/** PLAN-8: question clarification takes at most this many conversations (2). */
	SOCIAL_WORK_MAX_CLARIFICATION_CONVERSATIONS("PLAN-8", NormUnit.COUNT),
	/** PLAN-8: the first conversation is held within this term after registration for most residents (4 weeks). */
	SOCIAL_WORK_FIRST_CONVERSATION_TERM("PLAN-8", NormUnit.WEEKS),
	/** PLAN-8: the share of residents who have their first conversation within the term (90 %). */
	SOCIAL_WORK_FIRST_CONVERSATION_SHARE("PLAN-8", NormUnit.PERCENT),
	/** PLAN-8: every resident has the first conversation within this term (6 weeks). */
	SOCIAL_WORK_FIRST_CONVERSATION_LIMIT("PLAN-8", NormUnit.WEEKS),
	/** PLAN-8: a trajectory ends within this duration after question clarification (6 months). */
	SOCIAL_WORK_TRAJECTORY_DURATION("PLAN-8", NormUnit.MONTHS),
	/** PLAN-8: the worker evaluates at the latest this long before the trajectory's end (1 month). */
	SOCIAL_WORK_EVALUATION_LEAD("PLAN-8", NormUnit.MONTHS),
	/** MON-3: after a request ends, how long monitoring looks for a new start of help (CBS: half a year). */
	OUTCOME_FOLLOW_UP_PERIOD("MON-3", NormUnit.MONTHS),
	/** MON-3: the usefulness score (1–10) from which a client counts as satisfied (7, ADR 0013). */
	SATISFIED_FROM_SCORE("MON-3", NormUnit.COUNT),
	/** STU-5: a met norm within this many percentage points of its target counts as at risk (ADR 0014: 5). */
	STEERING_NORM_AT_RISK_MARGIN("STU-5", NormUnit.PERCENT),
	/** STU-7: half-yearly actuals that differ from budget by more than this share need an explanation (Oss: 0). */
	BUDGET_DEVIATION_EXPLANATION_MARGIN("STU-7", NormUnit.PERCENT),
	/** TOE-10: a crisis is picked up directly, so it is taken into treatment within this many days (0: the same day). */
	CRISIS_TREATMENT_START_TERM("TOE-10", NormUnit.DAYS),
	/** SEC-2: a read with a reason ("break the glass") is reviewed by the lead of the file's team within this term (14 days). */
	ACCESS_REVIEW_TERM("SEC-2", NormUnit.DAYS),
	/** VIND-2: a social-map entry not confirmed for this long is listed for follow-up (6 months). */
	SOCIAL_MAP_CONFIRMATION_VALIDITY("VIND-2", NormUnit.MONTHS),
	/** TOEW-6: a provider's reported waiting time older than this is marked as stale (4 weeks). */
	WAITING_TIME_STALE_AFTER("TOEW-6", NormUnit.WEEKS),
	/** TOEW-6: a provider waiting longer than this without bridging care is flagged (8 weeks, the TOE-8 lead time). */
	ACCEPTABLE_CARE_WAIT("TOEW-6", NormUnit.WEEKS),
	/** TOEW-5: an allocation decision runs at most this long (Oldebroek: one year). */
	ALLOCATION_MAXIMUM_TERM("TOEW-5", NormUnit.MONTHS),
	/** TOEW-1: crisis care may start without a decision for this long (4 weeks). */
	CRISIS_CARE_WITHOUT_DECISION("TOEW-1", NormUnit.WEEKS),
	/** TOEW-8: providers are told this long before support moves to the CJG (6 months). */
	CJG_TRANSFER_NOTICE("TOEW-8", NormUnit.MONTHS),
	/** TOEW-7, OP090: every iJw message but a retour is answered with its retour within this term (3 working days). */
	IJW_RETOUR_TERM("TOEW-7", NormUnit.WORKING_DAYS),
	/** TOEW-7, OP274, OP346: a JW315 or JW317 request is answered with a JW301 or JW319 within this term (5 working days). */
	IJW_REQUEST_ANSWER_TERM("TOEW-7", NormUnit.WORKING_DAYS),
	/** TOEW-7, OP274, OP346: a request answered "in onderzoek" is decided within this term after the request (8 weeks). */
	IJW_INVESTIGATION_TERM("TOEW-7", NormUnit.WEEKS),
	/** TOEW-7, OP271: the provider sends its JW305 start within this term after care started (5 working days). */
	IJW_START_MESSAGE_TERM("TOEW-7", NormUnit.WORKING_DAYS),
	/** TOEW-7, OP272: the provider sends its JW307 stop within this term after care ended (5 working days). */
	IJW_STOP_MESSAGE_TERM("TOEW-7", NormUnit.WORKING_DAYS),
	/** TOEW-7, OP090x4: a JW323 declaration is answered with a JW325 within this term (10 working days). */
	IJW_DECLARATION_ANSWER_TERM("TOEW-7", NormUnit.WORKING_DAYS),
	/** SEC-1: an SKJ registration ending within this term is shown to team lead and administrator (3 months). */
	SKJ_REGISTRATION_NOTICE("SEC-1", NormUnit.MONTHS);

	private final String requirement;
	private final NormUnit unit;

	NormKey(String requirement, NormUnit unit) {
		this.requirement = requirement;
		this.unit = unit;
	}

	public String requirement() {
		return requirement;
	}

	public NormUnit unit() {
		return unit;
	}
}
