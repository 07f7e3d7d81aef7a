package nl.jeugdregie.policy;

/**
 * The norms a municipality sets. Each names the requirement it comes from and the unit it is expressed in;
 * the values themselves are data (gemeente Oss's are the seeded defaults).
 */
public enum NormKey {

	/** TOE-5: a request is taken into treatment within this term after registration (Oss: 2 weeks). */
	TREATMENT_START_TERM("TOE-5", NormUnit.WEEKS, "Termijn tot in behandeling nemen"),
	/** TOE-7: the most conversations a professional has when solving a request alone (Oss: 5). */
	MAX_CONVERSATIONS("TOE-7", NormUnit.COUNT, "Maximum aantal gesprekken"),
	/** TOE-7: an application for specialised care is made within this term after the last conversation (Oss: 2 weeks). */
	APPLICATION_TERM_AFTER_LAST_CONVERSATION("TOE-7", NormUnit.WEEKS, "Termijn aanvraag na laatste gesprek"),
	/** TOE-8: the statutory lead time for the route to care once an application is made (Oss: 8 weeks). */
	ROUTE_TO_CARE_LEAD_TIME("TOE-8", NormUnit.WEEKS, "Doorlooptijd toeleiding naar zorg"),
	/** TOE-2, TOE-10: the hour from which the CJG is staffed on workdays; a crisis before it follows the crisis protocol (Oss: 9). */
	OFFICE_HOURS_OPENING("TOE-10", NormUnit.HOUR_OF_DAY, "CJG bereikbaar vanaf"),
	/** TOE-2, TOE-10: the hour at which the CJG closes on workdays (Oss: 17, so until 17:00). */
	OFFICE_HOURS_CLOSING("TOE-10", NormUnit.HOUR_OF_DAY, "CJG bereikbaar tot"),
	/** PLAN-6: support planned longer than this needs an Eigen Kracht conference first (Oss: 6 months). */
	SUPPORT_DURATION_REQUIRING_CONFERENCE("PLAN-6", NormUnit.MONTHS, "Duur ondersteuning waarboven Eigen Kracht-conferentie nodig is"),
	/** PLAN-7: how long before a placement or extension an explanatory analysis still counts (12 months, ADR 0008). */
	EXPLANATORY_ANALYSIS_VALIDITY("PLAN-7", NormUnit.MONTHS, "Geldigheid verklarende analyse"),
	/** TOE-12: a young person returning within this period goes to the professional who handled the earlier request. */
	RETURNING_CLIENT_PERIOD("TOE-12", NormUnit.MONTHS, "Periode terugkerende cliënt"),
	/** PLAN-4: the youngest age, in years, for a future plan 18-/18+ (16). */
	FUTURE_PLAN_MIN_AGE("PLAN-4", NormUnit.COUNT, "Toekomstplan vanaf leeftijd (jaren)"),
	/** PLAN-4: the oldest age, in years, for a future plan 18-/18+ (27, inclusive). */
	FUTURE_PLAN_MAX_AGE("PLAN-4", NormUnit.COUNT, "Toekomstplan tot en met leeftijd (jaren)"),
	/** PLAN-4: young people turning 18 within this horizon without a future plan are on the team's worklist. */
	FUTURE_PLAN_HORIZON("PLAN-4", NormUnit.MONTHS, "Horizon werklijst 18 jaar zonder toekomstplan"),
	/** PLAN-8: question clarification takes at most this many conversations (2). */
	SOCIAL_WORK_MAX_CLARIFICATION_CONVERSATIONS("PLAN-8", NormUnit.COUNT, "Maximum gesprekken vraagverheldering"),
	/** PLAN-8: the first conversation is held within this term after registration for most residents (4 weeks). */
	SOCIAL_WORK_FIRST_CONVERSATION_TERM("PLAN-8", NormUnit.WEEKS, "Termijn eerste gesprek maatschappelijk werk"),
	/** PLAN-8: the share of residents who have their first conversation within the term (90 %). */
	SOCIAL_WORK_FIRST_CONVERSATION_SHARE("PLAN-8", NormUnit.PERCENT, "Deel eerste gesprek binnen termijn"),
	/** PLAN-8: every resident has the first conversation within this term (6 weeks). */
	SOCIAL_WORK_FIRST_CONVERSATION_LIMIT("PLAN-8", NormUnit.WEEKS, "Uiterste termijn eerste gesprek maatschappelijk werk"),
	/** PLAN-8: a trajectory ends within this duration after question clarification (6 months). */
	SOCIAL_WORK_TRAJECTORY_DURATION("PLAN-8", NormUnit.MONTHS, "Duur traject na vraagverheldering"),
	/** PLAN-8: the worker evaluates at the latest this long before the trajectory's end (1 month). */
	SOCIAL_WORK_EVALUATION_LEAD("PLAN-8", NormUnit.MONTHS, "Evaluatie voor einde traject"),
	/** MON-3: after a request ends, how long monitoring looks for a new start of help (CBS: half a year). */
	OUTCOME_FOLLOW_UP_PERIOD("MON-3", NormUnit.MONTHS, "Volgperiode geen nieuwe start na afsluiting"),
	/** MON-3: the usefulness score (1–10) from which a client counts as satisfied (7, ADR 0013). */
	SATISFIED_FROM_SCORE("MON-3", NormUnit.COUNT, "Rapportcijfer vanaf waar de cliënt tevreden is"),
	/** STU-5: a met norm within this many percentage points of its target counts as at risk (ADR 0014: 5). */
	STEERING_NORM_AT_RISK_MARGIN("STU-5", NormUnit.PERCENT, "Marge waarbinnen een norm dreigt niet gehaald te worden"),
	/** STU-7: half-yearly actuals that differ from budget by more than this share need an explanation (Oss: 0). */
	BUDGET_DEVIATION_EXPLANATION_MARGIN("STU-7", NormUnit.PERCENT, "Marge afwijking begroting zonder toelichting"),
	/** TOE-10: a crisis is picked up directly, so it is taken into treatment within this many days (0: the same day). */
	CRISIS_TREATMENT_START_TERM("TOE-10", NormUnit.DAYS, "Termijn tot in behandeling nemen bij crisis"),
	/** SEC-2: a read with a reason ("break the glass") is reviewed by the lead of the file's team within this term (14 days). */
	ACCESS_REVIEW_TERM("SEC-2", NormUnit.DAYS, "Termijn beoordeling inzage met reden"),
	/** VIND-2: a social-map entry not confirmed for this long is listed for follow-up (6 months). */
	SOCIAL_MAP_CONFIRMATION_VALIDITY("VIND-2", NormUnit.MONTHS, "Sociale kaart: bevestigen binnen"),
	/** TOEW-6: a provider's reported waiting time older than this is marked as stale (4 weeks). */
	WAITING_TIME_STALE_AFTER("TOEW-6", NormUnit.WEEKS, "Wachttijd aanbieder verouderd na"),
	/** TOEW-6: a provider waiting longer than this without bridging care is flagged (8 weeks, the TOE-8 lead time). */
	ACCEPTABLE_CARE_WAIT("TOEW-6", NormUnit.WEEKS, "Wachttijd aanbieder waarboven overbruggingszorg nodig is"),
	/** TOEW-5: an allocation decision runs at most this long (Oldebroek: one year). */
	ALLOCATION_MAXIMUM_TERM("TOEW-5", NormUnit.MONTHS, "Maximale looptijd beschikking"),
	/** TOEW-1: crisis care may start without a decision for this long (4 weeks). */
	CRISIS_CARE_WITHOUT_DECISION("TOEW-1", NormUnit.WEEKS, "Crisiszorg zonder beschikking"),
	/** TOEW-8: providers are told this long before support moves to the CJG (6 months). */
	CJG_TRANSFER_NOTICE("TOEW-8", NormUnit.MONTHS, "Aankondiging overgang naar CJG vooraf"),
	/** TOEW-7, OP090: every iJw message but a retour is answered with its retour within this term (3 working days). */
	IJW_RETOUR_TERM("TOEW-7", NormUnit.WORKING_DAYS, "iJw: retourbericht binnen"),
	/** TOEW-7, OP274, OP346: a JW315 or JW317 request is answered with a JW301 or JW319 within this term (5 working days). */
	IJW_REQUEST_ANSWER_TERM("TOEW-7", NormUnit.WORKING_DAYS, "iJw: antwoord op verzoek binnen"),
	/** TOEW-7, OP274, OP346: a request answered "in onderzoek" is decided within this term after the request (8 weeks). */
	IJW_INVESTIGATION_TERM("TOEW-7", NormUnit.WEEKS, "iJw: besluit na 'in onderzoek' binnen"),
	/** TOEW-7, OP271: the provider sends its JW305 start within this term after care started (5 working days). */
	IJW_START_MESSAGE_TERM("TOEW-7", NormUnit.WORKING_DAYS, "iJw: startbericht aanbieder binnen"),
	/** TOEW-7, OP272: the provider sends its JW307 stop within this term after care ended (5 working days). */
	IJW_STOP_MESSAGE_TERM("TOEW-7", NormUnit.WORKING_DAYS, "iJw: stopbericht aanbieder binnen"),
	/** TOEW-7, OP090x4: a JW323 declaration is answered with a JW325 within this term (10 working days). */
	IJW_DECLARATION_ANSWER_TERM("TOEW-7", NormUnit.WORKING_DAYS, "iJw: declaratie-antwoord binnen"),
	/** SEC-1: an SKJ registration ending within this term is shown to team lead and administrator (3 months). */
	SKJ_REGISTRATION_NOTICE("SEC-1", NormUnit.MONTHS, "SKJ-registratie: signaleren vanaf");

	private final String requirement;
	private final NormUnit unit;
	private final String dutchName;

	NormKey(String requirement, NormUnit unit, String dutchName) {
		this.requirement = requirement;
		this.unit = unit;
		this.dutchName = dutchName;
	}

	public String requirement() {
		return requirement;
	}

	public NormUnit unit() {
		return unit;
	}

	public String dutchName() {
		return dutchName;
	}
}
