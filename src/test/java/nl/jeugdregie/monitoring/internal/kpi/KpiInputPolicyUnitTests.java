package nl.jeugdregie.monitoring.internal.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.jeugdregie.platform.result.Refusal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** MON-4: what action lines, KPIs and hand-entered results must hold before they are stored. */
class KpiInputPolicyUnitTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 16);

	@Test
	@DisplayName("MON-4: an action line needs a code and a name; the goal may stay empty")
	void acceptsAnActionLineWithCodeAndName() {
		assertThat(KpiInputPolicy.actionLine("5.3", "Grip op de toegang", null)).isEmpty();
		assertThat(KpiInputPolicy.actionLine(" ", "", null)).extracting(Refusal::field)
				.containsExactly("code", "name");
	}

	@Test
	void refusesOddCodesAndTooLongTexts() {
		assertThat(messages(KpiInputPolicy.actionLine("5/3", "Naam", null)))
				.containsExactly("Gebruik alleen cijfers, letters, punten en streepjes, bijvoorbeeld 5.3.");
		assertThat(KpiInputPolicy.actionLine("5.3.1.2.3.4", "x".repeat(201), "y".repeat(1001)))
				.extracting(Refusal::field).containsExactly("code", "name", "goal");
	}

	@Test
	@DisplayName("MON-4: a KPI needs a name, an indicator from the catalogue, a direction and a target")
	void acceptsACompleteKpi() {
		assertThat(KpiInputPolicy.kpi("Snel in gesprek", "WITHIN_TREATMENT_TERM", "AT_LEAST", "90")).isEmpty();
		assertThat(KpiInputPolicy.kpi("Wachttijd", "MEDIAN_WAITING_DAYS", "AT_MOST", "12,5")).isEmpty();
		assertThat(KpiInputPolicy.kpi(null, "SOMETHING_ELSE", "SOMEHOW", null))
				.extracting(Refusal::field).containsExactly("name", "indicator", "direction", "target");
	}

	@Test
	@DisplayName("MON-4: a percentage target lies between 0 and 100, with one decimal at most")
	void checksTheTargetInTheIndicatorsUnit() {
		assertThat(messages(KpiInputPolicy.kpi("KPI", "DROP_OUT", "AT_MOST", "101")))
				.containsExactly("Een percentage is ten hoogste 100.");
		assertThat(messages(KpiInputPolicy.kpi("KPI", "DROP_OUT", "AT_MOST", "-1")))
				.containsExactly("Vul 0 of meer in.");
		assertThat(messages(KpiInputPolicy.kpi("KPI", "DROP_OUT", "AT_MOST", "12,55")))
				.containsExactly("Gebruik ten hoogste één cijfer achter de komma.");
		assertThat(messages(KpiInputPolicy.kpi("KPI", "DROP_OUT", "AT_MOST", "tien")))
				.containsExactly("Vul een getal in, bijvoorbeeld 90 of 12,5, zonder punten voor duizendtallen.");
		assertThat(KpiInputPolicy.kpi("KPI", "MANUAL_NUMBER", "AT_LEAST", "1250")).isEmpty();
	}

	@Test
	@DisplayName("MON-4: a hand-entered result needs a value and its source")
	void requiresTheSourceOfAHandEnteredResult() {
		assertThat(KpiInputPolicy.realisation(Unit.PERCENT, "93,8", "Jaaroverzicht contractbeheer")).isEmpty();
		assertThat(messages(KpiInputPolicy.realisation(Unit.PERCENT, "93,8", " "))).containsExactly(
				"Vul de bron van de uitkomst in, bijvoorbeeld het jaarverslag van de aanbieder.");
		assertThat(KpiInputPolicy.realisation(Unit.PERCENT, null, "x".repeat(501)))
				.extracting(Refusal::field).containsExactly("value", "source");
	}

	@Test
	@DisplayName("MON-4: a KPI year lies between 2015 and next year")
	void acceptsYearsFromTheJeugdwetUpToNextYear() {
		assertThat(KpiYear.parse("2027", TODAY)).isEqualTo(new KpiYear.Accepted(2027));
		assertThat(KpiYear.parse(" 2015 ", TODAY)).isEqualTo(new KpiYear.Accepted(2015));
		assertThat(KpiYear.parse("2028", TODAY)).isInstanceOfSatisfying(KpiYear.Refused.class,
				refused -> assertThat(Messages.text(refused.refusal())).isEqualTo("Kies een jaar van 2015 tot en met 2027."));
		assertThat(KpiYear.parse("26", TODAY)).isInstanceOfSatisfying(KpiYear.Refused.class,
				refused -> assertThat(Messages.text(refused.refusal()))
						.isEqualTo("Geef het jaar met vier cijfers, bijvoorbeeld 2026. Kies een jaar van 2015 tot en met 2027."));
		assertThat(KpiYear.parse("2014", TODAY)).isInstanceOf(KpiYear.Refused.class);
		assertThat(KpiYear.parse("26", TODAY)).isInstanceOf(KpiYear.Refused.class);
		assertThat(KpiYear.parse(null, TODAY)).isInstanceOf(KpiYear.Refused.class);
	}

	private static java.util.List<String> messages(java.util.List<Refusal> refusals) {
		return refusals.stream().map(Messages::text).toList();
	}
}
