package nl.jeugdregie.monitoring.internal.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** MON-4: the typed commands and ids of the KPI pages and API accept only what the input rules accept. */
class KpiCommandsUnitTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 16);
	private static final ActionLineId LINE = new ActionLineId(UUID.randomUUID());

	@Test
	@DisplayName("MON-4: an action line command is built from typed text, stripped, with an empty goal allowed")
	void buildsAnActionLineFromTypedText() {
		assertThat(KpiCommands.AddActionLine.of(" 5.3 ", " Grip op de toegang ", null))
				.isEqualTo(Outcome.done(new KpiCommands.AddActionLine("5.3", "Grip op de toegang", "")));
		assertThat(fields(KpiCommands.AddActionLine.of(" ", "", null))).containsExactly("code", "name");
		assertThatIllegalArgumentException().isThrownBy(() -> new KpiCommands.AddActionLine("5/3", "Naam", ""));
	}

	@Test
	@DisplayName("MON-4: a change of an action line names the version the writer saw")
	void requiresTheVersionForAChange() {
		assertThat(texts(KpiCommands.ChangeActionLine.of(LINE, "5.3", "Naam", null, null)))
				.containsExactly("Geef de versie mee die u het laatst hebt gezien.");
		assertThat(KpiCommands.ChangeActionLine.of(LINE, "5.3", "Naam", "Doel", 3).doneValue()).hasValueSatisfying(
				change -> assertThat(change.version()).isEqualTo(3));
		assertThat(fields(KpiCommands.RemoveActionLine.of(LINE, null))).containsExactly("version");
		assertThat(fields(KpiCommands.RemoveKpi.of(new KpiId(UUID.randomUUID()), null))).containsExactly("version");
	}

	@Test
	@DisplayName("MON-4: a new KPI is refused per field, the year last, and carries typed values once accepted")
	void refusesANewKpiPerField() {
		assertThat(texts(KpiCommands.AddKpi.of(LINE, "2030", "Uitval", "DROP_OUT", "AT_MOST", "120", TODAY)))
				.containsExactly("Een percentage is ten hoogste 100.", "Kies een jaar van 2015 tot en met 2027.");
		assertThat(KpiCommands.AddKpi.of(LINE, "2026", " Wachttijd ", "MEDIAN_WAITING_DAYS", "AT_MOST", "12,5", TODAY))
				.isEqualTo(Outcome.done(new KpiCommands.AddKpi(LINE, 2026, "Wachttijd", KpiIndicator.MEDIAN_WAITING_DAYS,
						Direction.AT_MOST, new BigDecimal("12.5"))));
		assertThatIllegalArgumentException().isThrownBy(() -> new KpiCommands.AddKpi(LINE, 2026, "Uitval",
				KpiIndicator.DROP_OUT, Direction.AT_MOST, new BigDecimal("101")));
	}

	@Test
	@DisplayName("MON-4: a changed KPI's target is checked in the unit of its fixed indicator")
	void checksAChangedTargetInTheKpisUnit() {
		assertThat(texts(KpiCommands.ChangeKpi.of(kpi(KpiIndicator.DROP_OUT, 2026), "Uitval", "AT_MOST", "101", 1)))
				.containsExactly("Een percentage is ten hoogste 100.");
		assertThat(KpiCommands.ChangeKpi.of(kpi(KpiIndicator.MANUAL_NUMBER, 2026), "Aantal", "AT_MOST", "101", 1))
				.isInstanceOf(Outcome.Done.class);
	}

	@Test
	@DisplayName("MON-4: a result is entered only for a hand-entered KPI whose year has begun, refused as a whole")
	void refusesAResultForAComputedKpiOrAFutureYear() {
		assertThat(texts(KpiCommands.Realise.of(kpi(KpiIndicator.DROP_OUT, 2026), "50", "Eigen telling", 1, TODAY)))
				.containsExactly("Deze KPI wordt berekend uit de registratie. U vult de uitkomst niet zelf in.");
		var nextYear = KpiCommands.Realise.of(kpi(KpiIndicator.MANUAL_PERCENTAGE, 2027), "50", "Prognose", 1, TODAY);
		assertThat(texts(nextYear)).containsExactly(
				"Het jaar 2027 is nog niet begonnen. U kunt de uitkomst invullen vanaf 1 januari 2027.");
		assertThat(((Outcome.Refused<?>) nextYear).refusals().getFirst().concernsWhole()).isTrue();
		assertThat(fields(KpiCommands.Realise.of(kpi(KpiIndicator.MANUAL_PERCENTAGE, 2026), "93,8", " ", null, TODAY)))
				.containsExactly("source", "version");
		assertThatIllegalArgumentException().isThrownBy(() -> new KpiCommands.Realise(new KpiId(UUID.randomUUID()),
				new BigDecimal("-1"), "Bron", 1));
	}

	@Test
	@DisplayName("MON-4: copying needs a valid year after 2015, the first year of the Jeugdwet")
	void copiesOnlyIntoAYearWithAYearBefore() {
		assertThat(KpiCommands.CopyPreviousYear.of("2026", TODAY)).isEqualTo(Outcome.done(new KpiCommands.CopyPreviousYear(2026)));
		assertThat(texts(KpiCommands.CopyPreviousYear.of("2015", TODAY)))
				.containsExactly("Er is geen eerder jaar om KPI's uit over te nemen.");
		assertThat(fields(KpiCommands.CopyPreviousYear.of("twintig", TODAY))).containsExactly("year");
		assertThatIllegalArgumentException().isThrownBy(() -> new KpiCommands.CopyPreviousYear(2015));
	}

	@Test
	@DisplayName("SEC-2: a path that is no id is no KPI or action line at all")
	void readsIdsFromPaths() {
		var id = UUID.randomUUID();
		assertThat(KpiId.parse(id.toString())).contains(new KpiId(id));
		assertThat(ActionLineId.parse(id.toString())).contains(new ActionLineId(id));
		assertThat(KpiId.parse("not-an-id")).isEmpty();
		assertThat(ActionLineId.parse("1")).isEmpty();
		assertThat(new KpiId(id)).hasToString(id.toString());
	}

	@Test
	@DisplayName("MON-4: messages with arguments keep their apostrophes (KPI's)")
	void keepsApostrophesInMessagesWithArguments() {
		assertThat(Messages.text(Refusal.ofWhole("kpi.copy.nothing", "2025", "2026")))
				.isEqualTo("Er zijn geen KPI's van 2025 om over te nemen, of ze staan al in 2026.");
		assertThat(Messages.text(Refusal.of("code", "kpi.actionLine.code.taken", "5.3")))
				.isEqualTo("Er is al een actielijn met code 5.3.");
	}

	private static Kpi kpi(KpiIndicator indicator, int year) {
		return new Kpi(UUID.randomUUID(), LINE.value(), year, "KPI", indicator, Direction.AT_LEAST, new BigDecimal("90"),
				null, null, null, null, 1);
	}

	private static List<String> fields(Outcome<?> outcome) {
		return refusals(outcome).stream().map(Refusal::field).toList();
	}

	private static List<String> texts(Outcome<?> outcome) {
		return refusals(outcome).stream().map(Messages::text).toList();
	}

	private static List<Refusal> refusals(Outcome<?> outcome) {
		assertThat(outcome).isInstanceOf(Outcome.Refused.class);
		return ((Outcome.Refused<?>) outcome).refusals();
	}
}
