package nl.jeugdregie.monitoring.internal.kpi;

import java.util.Arrays;
import java.util.Optional;

/**
 * The fixed catalogue a KPI measures (MON-4): figures the dashboard and the CBS outcome indicators already compute,
 * or a value the policy officer enters by hand with its source, for goals the registration cannot measure.
 * Definitions: docs/indicators.md.
 */
public enum KpiIndicator {

	WITHIN_TREATMENT_TERM(Source.DASHBOARD, Unit.PERCENT, "Binnen de wachttermijn in behandeling",
			"Hulpvragen die binnen de wachttermijn het eerste gesprek hadden, van alle hulpvragen met een eerste gesprek. Naar maand van aanmelding."),
	MEDIAN_WAITING_DAYS(Source.DASHBOARD, Unit.DAYS, "Mediane wachttijd tot het eerste gesprek",
			"Het middelste aantal dagen van aanmelding tot eerste gesprek. Naar maand van aanmelding."),
	ROUTE_WITHIN_LEAD_TIME(Source.DASHBOARD, Unit.PERCENT, "Route naar zorg binnen de doorlooptijd",
			"Routes naar zorg die binnen de doorlooptijd klaar waren, van alle afgeronde routes."),
	REPEAT_REQUESTS(Source.DASHBOARD, Unit.PERCENT, "Herhaalde hulpvragen",
			"Aanmeldingen binnen een jaar na afsluiting van een eerdere hulpvraag, van alle aanmeldingen."),
	CRISIS_SHARE(Source.DASHBOARD, Unit.PERCENT, "Aandeel crisis",
			"Aanmeldingen met crisis, van alle aanmeldingen."),
	FROM_VEILIG_THUIS(Source.DASHBOARD, Unit.PERCENT, "Aandeel via Veilig Thuis",
			"Aanmeldingen via Veilig Thuis, van alle aanmeldingen."),
	NO_YOUTH_CARE_NEEDED(Source.DASHBOARD, Unit.PERCENT, "Nee is ook een antwoord",
			"Triages met de uitkomst 'geen jeugdhulp nodig', van alle triages."),
	DROP_OUT(Source.OUTCOMES, Unit.PERCENT, "Uitval",
			"Hulp die eenzijdig is beëindigd door cliënt of CJG, van alle beëindigingen met een bekende reden (CBS)."),
	SATISFIED(Source.OUTCOMES, Unit.PERCENT, "Tevreden cliënten",
			"Scores op bruikbaarheid van ten minste de norm, van alle scores van jeugdigen en ouders (CBS)."),
	CONTINUES_WITHOUT_HELP(Source.OUTCOMES, Unit.PERCENT, "Kan verder zonder hulp",
			"Trajecten waarvan de jeugdige zonder hulp verder kan, van alle trajecten met een antwoord (CBS)."),
	NO_NEW_START(Source.OUTCOMES, Unit.PERCENT, "Geen nieuwe start",
			"Afgesloten hulpvragen zonder nieuwe aanmelding binnen de nazorgtermijn (CBS)."),
	GOALS_REALISED(Source.OUTCOMES, Unit.PERCENT, "Overeengekomen doelen gerealiseerd",
			"Gerealiseerde doelen, van de afgesproken doelen bij afsluiting of overdracht (CBS)."),
	PROBLEMS_REDUCED(Source.OUTCOMES, Unit.PERCENT, "Problemen verminderd",
			"Doelen met een hogere voortgangsscore dan bij de start, van de afgesproken doelen (CBS)."),
	MANUAL_PERCENTAGE(Source.MANUAL, Unit.PERCENT, "Zelf invullen: percentage",
			"U vult de uitkomst zelf in, met de bron."),
	MANUAL_NUMBER(Source.MANUAL, Unit.NUMBER, "Zelf invullen: aantal",
			"U vult de uitkomst zelf in, met de bron.");

	/** Where the figure comes from. */
	public enum Source { DASHBOARD, OUTCOMES, MANUAL }

	private final Source source;
	private final Unit unit;
	private final String dutchName;
	private final String definition;

	KpiIndicator(Source source, Unit unit, String dutchName, String definition) {
		this.source = source;
		this.unit = unit;
		this.dutchName = dutchName;
		this.definition = definition;
	}

	public static Optional<KpiIndicator> ofName(String name) {
		return Arrays.stream(values()).filter(i -> i.name().equals(name)).findFirst();
	}

	public Source source() {
		return source;
	}

	public Unit unit() {
		return unit;
	}

	public String dutchName() {
		return dutchName;
	}

	public String definition() {
		return definition;
	}

	public boolean manual() {
		return source == Source.MANUAL;
	}
}
