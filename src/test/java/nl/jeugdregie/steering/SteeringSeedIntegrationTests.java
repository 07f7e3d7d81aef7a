package nl.jeugdregie.steering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The 2021 assignment of gemeente Oss as seeded from memo 001: every financing line, every subtotal against the
 * memo's own, every risk. Read only: no test changes Oss's assignment.
 */
@IntegrationTest
class SteeringSeedIntegrationTests {

	static final MunicipalityCode OSS = new MunicipalityCode("0828");

	@Autowired JdbcClient jdbc;
	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;

	record Line(String label, BigDecimal fte, long cents, String category, String targetGroup) {}

	static Line line(String label, String fte, long cents, String category, String targetGroup) {
		return new Line(label, fte == null ? null : new BigDecimal(fte), cents, category, targetGroup);
	}

	@Test
	@DisplayName("STU-1: seeds the five types of work of memo 001 with goals and core conditions")
	void seedsTheTypesOfWorkOfTheMemo() {
		var types = jdbc.sql("""
				select t.code, t.name, t.target_group,
				       (select count(*) from steering_goal g where g.type_of_work_id = t.id) as goals,
				       (select count(*) from steering_core_condition c where c.type_of_work_id = t.id) as conditions
				from steering_type_of_work t join steering_assignment a on a.id = t.assignment_id
				where a.municipality_code = '0828' and a.year = 2021 order by t.position""")
				.query((rs, row) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5)))
				.list();

		assertThat(types).containsExactly(
				List.of("SOCIAL_LEGAL_ADVICE", "Sociaal raadsliedenwerk", "ADULTS", 7, 1),
				List.of("INDIVIDUAL_SOCIAL_WORK", "Individueel sociaal werk", "ADULTS", 10, 1),
				List.of("COLLECTIVE_SOCIAL_WORK", "Collectief sociaal werk", "ADULTS", 9, 2),
				List.of("YOUTH", "Jeugd (Centrum Jeugd en Gezin)", "YOUTH", 64, 2),
				List.of("YOUTH_WORK", "Jongerenwerk", "YOUTH", 12, 1));
		var provider = jdbc.sql("select provider_name from steering_assignment where municipality_code = '0828' and year = 2021")
				.query(String.class).single();
		assertThat(provider).isEqualTo("ONS welzijn");
	}

	@Test
	@DisplayName("STU-4: seeds every financing line of memo 001 as written")
	void seedsEveryFinancingLineAsWritten() {
		assertThat(lines("SOCIAL_LEGAL_ADVICE")).containsExactly(
				line("Sociaal Raadslieden", "1.95", 20_929_563, "STAFF", "ADULTS"),
				line("Activiteitenbudget", null, 0, "ACTIVITY_BUDGET", "ADULTS"));
		assertThat(lines("INDIVIDUAL_SOCIAL_WORK")).containsExactly(
				line("Persoonlijke begeleiding volwassenen (Wmo)", "15.00", 160_996_635, "STAFF", "ADULTS"),
				line("Huisvesting", null, 1_749_300, "HOUSING", "ADULTS"),
				line("Blink", "1.04", 11_162_433, "STAFF", "ADULTS"),
				line("Voor elkaar", "7.06", 75_775_750, "STAFF", "ADULTS"),
				line("Activiteitenbudget vrijwilligersondersteuning", null, 2_412_800, "ACTIVITY_BUDGET", "ADULTS"));
		assertThat(lines("COLLECTIVE_SOCIAL_WORK")).containsExactly(
				line("Groepen en voorzieningen volwassenen", "5.96", 63_969_330, "STAFF", "ADULTS"),
				line("Dement Talent", "0.38", 4_078_581, "STAFF", "ADULTS"),
				line("Doorontwikkeling Talentcentrum", "0.67", 7_191_183, "STAFF", "ADULTS"),
				line("Huisvesting", null, 8_028_000, "HOUSING", "ADULTS"),
				line("Activiteitenbudget Groepen en voorzieningen", null, 31_752_000, "ACTIVITY_BUDGET", "ADULTS"),
				line("Samen Doen volwassenen", "10.13", 108_726_394, "STAFF", "ADULTS"),
				line("Activiteitenbudget Samen Doen", null, 3_209_400, "ACTIVITY_BUDGET", "ADULTS"),
				line("Sociale Reductie", null, 4_645_800, "OTHER", "ADULTS"));
		assertThat(lines("YOUTH")).containsExactly(
				line("Persoonlijke begeleiding Jeugd, opvoedingsondersteuning, deskundigheidsbevordering", "20.97",
						225_073_296, "STAFF", "YOUTH"),
				line("CJG (Jw)", "2.30", 24_686_151, "STAFF", "YOUTH"),
				line("Integrale vroeghulp (Jw)", null, 1_198_200, "OTHER", "YOUTH"),
				line("Flexibel budget (maatwerk budget)", null, 5_480_000, "OTHER", "YOUTH"),
				line("Materieel budget Zorg voor Jeugd", null, 6_116_100, "OTHER", "YOUTH"),
				line("Groepen en voorzieningen jeugd", "0.56", 6_010_541, "STAFF", "YOUTH"),
				line("CJG (Jw)", "0.57", 6_117_872, "STAFF", "YOUTH"),
				line("Activiteitenbudget CJG", null, 812_900, "ACTIVITY_BUDGET", "YOUTH"),
				line("Formatie SMI", "0.20", 2_146_622, "STAFF", "YOUTH"),
				line("Materieel budget SMI", null, 40_647_400, "OTHER", "YOUTH"));
		assertThat(lines("YOUTH_WORK")).containsExactly(
				line("Jongerenwerkers", "4.53", 48_620_984, "STAFF", "YOUTH"),
				line("Huisvesting", null, 4_200_000, "HOUSING", "YOUTH"),
				line("Activiteitenbudget", null, 1_750_000, "ACTIVITY_BUDGET", "YOUTH"));
		var proeftuin = jdbc.sql("""
				select l.label, l.amount_cents, l.type_of_work_id is null as apart from steering_financing_line l
				join steering_assignment a on a.id = l.assignment_id
				where a.municipality_code = '0828' and a.year = 2021 and l.proeftuin""")
				.query((rs, row) -> List.of(rs.getString(1), rs.getLong(2), rs.getBoolean(3))).list();
		assertThat(proeftuin).containsExactly(List.of("Proeftuin Ruwaard (bedrag vastgesteld in het Wijkkader)", 62_200_000L, true));
	}

	@Test
	@DisplayName("STU-4: each computed subtotal equals the memo's to the cent, except youth, one cent over")
	void computesEachSubtotalAndShowsTheMemosOneRoundingDifference() throws Exception {
		var json = mvc.perform(get("/api/v1/steering/assignment").with(httpBasic(policyOfficerOfOss(), TestFixtures.PASSWORD)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		List<Map<String, Object>> types = JsonPath.read(json, "$.typesOfWork");
		assertThat(types).extracting(type -> type.get("code"), type -> ((Map<?, ?>) ((Map<?, ?>) type.get("computed")).get("amount")).get("cents"),
						type -> ((Map<?, ?>) ((Map<?, ?>) type.get("stated")).get("stated")).get("cents"),
						type -> ((Map<?, ?>) ((Map<?, ?>) type.get("stated")).get("difference")).get("cents"))
				.containsExactly(
						tuple("SOCIAL_LEGAL_ADVICE", 20_929_563, 20_929_563, 0),
						tuple("INDIVIDUAL_SOCIAL_WORK", 252_096_918, 252_096_918, 0),
						tuple("COLLECTIVE_SOCIAL_WORK", 231_600_688, 231_600_688, 0),
						// Memo 001 states € 3.182.890,81; its own lines add up to € 3.182.890,82.
						tuple("YOUTH", 318_289_082, 318_289_081, 1),
						tuple("YOUTH_WORK", 54_570_984, 54_570_984, 0));
		assertThat(types).extracting(type -> twoDecimals(((Map<?, ?>) type.get("computed")).get("fte")))
				.containsExactly("1.95", "23.10", "17.14", "24.60", "4.53");
		assertThat(types).extracting(type -> twoDecimals(((Map<?, ?>) type.get("stated")).get("fteDifference")))
				.containsOnly("0.00");
		assertThat((Integer) JsonPath.read(json, "$.adults.amount.cents")).isEqualTo(504_627_169);
		assertThat((Integer) JsonPath.read(json, "$.youth.amount.cents")).isEqualTo(372_860_066);
		assertThat((Integer) JsonPath.read(json, "$.overall.amount.cents")).isEqualTo(877_487_235);
		assertThat((Integer) JsonPath.read(json, "$.proeftuinRuwaard.amount.cents")).isEqualTo(62_200_000);
		assertThat((Boolean) JsonPath.read(json, "$.proeftuinRuwaardStated.matches")).isTrue();
		// STU-7: the cap is the sum of the memo's subtotals, so the computed total is one cent above it.
		assertThat((Integer) JsonPath.read(json, "$.assignment.budgetCap.cents")).isEqualTo(877_487_234);
		assertThat((Integer) JsonPath.read(json, "$.roomUnderCap.cents")).isEqualTo(-1);
	}

	@Test
	@DisplayName("STU-3: seeds 28 risks of memo 001, each with effect = probability × damage")
	void seedsEveryRiskWithItsEffectComputed() {
		var risks = jdbc.sql("""
				select t.code, r.probability, r.damage, r.effect from steering_risk r
				join steering_type_of_work t on t.id = r.type_of_work_id join steering_assignment a on a.id = t.assignment_id
				where a.municipality_code = '0828' and a.year = 2021 order by t.position, r.position""")
				.query((rs, row) -> List.of(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4))).list();

		assertThat(risks).allSatisfy(risk -> assertThat(risk.get(3)).isEqualTo((int) risk.get(1) * (int) risk.get(2)));
		// Probability, damage and effect as the memo's risk tables give them.
		assertThat(risks).extracting(risk -> risk.get(0) + " " + risk.get(1) + "×" + risk.get(2) + "=" + risk.get(3))
				.containsExactly(
						"SOCIAL_LEGAL_ADVICE 3×3=9", "SOCIAL_LEGAL_ADVICE 2×2=4", "SOCIAL_LEGAL_ADVICE 2×1=2",
						"SOCIAL_LEGAL_ADVICE 3×3=9",
						"INDIVIDUAL_SOCIAL_WORK 2×3=6", "INDIVIDUAL_SOCIAL_WORK 2×3=6", "INDIVIDUAL_SOCIAL_WORK 2×2=4",
						"INDIVIDUAL_SOCIAL_WORK 2×3=6",
						"COLLECTIVE_SOCIAL_WORK 2×2=4", "COLLECTIVE_SOCIAL_WORK 2×2=4", "COLLECTIVE_SOCIAL_WORK 2×2=4",
						"YOUTH 3×2=6", "YOUTH 3×2=6", "YOUTH 1×1=1", "YOUTH 3×2=6", "YOUTH 2×2=4", "YOUTH 2×2=4",
						"YOUTH 2×2=4", "YOUTH 2×2=4", "YOUTH 1×1=1", "YOUTH 1×1=1", "YOUTH 2×2=4",
						"YOUTH_WORK 2×3=6", "YOUTH_WORK 2×2=4", "YOUTH_WORK 2×3=6", "YOUTH_WORK 3×3=9", "YOUTH_WORK 1×3=3",
						"YOUTH_WORK 1×3=3");
	}

	@Test
	@DisplayName("STU-3: the database computes the effect; it cannot be typed")
	void refusesATypedEffect() {
		var risk = jdbc.sql("select min(id) from steering_risk").query(Long.class).single();

		org.assertj.core.api.Assertions.assertThatThrownBy(
				() -> jdbc.sql("update steering_risk set effect = 1 where id = ?").param(risk).update())
				.hasMessageContaining("effect");
	}

	private List<Line> lines(String code) {
		return jdbc.sql("""
				select l.label, l.fte, l.amount_cents, l.category, l.target_group from steering_financing_line l
				join steering_type_of_work t on t.id = l.type_of_work_id join steering_assignment a on a.id = t.assignment_id
				where a.municipality_code = '0828' and a.year = 2021 and t.code = ? order by l.position""")
				.param(code)
				.query((rs, row) -> new Line(rs.getString(1), rs.getBigDecimal(2), rs.getLong(3), rs.getString(4),
						rs.getString(5)))
				.list();
	}

	private static String twoDecimals(Object number) {
		return new BigDecimal(number.toString()).setScale(2).toPlainString();
	}

	private String policyOfficerOfOss() {
		return fixtures.user(Role.POLICY_OFFICER, OSS, null).username();
	}
}
