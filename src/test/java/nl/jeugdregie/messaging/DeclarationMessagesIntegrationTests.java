package nl.jeugdregie.messaging;

import static nl.jeugdregie.messaging.MessagingWorld.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.allocation.Applications;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.intake.HelpRequestLifecycle;
import nl.jeugdregie.intake.HelpRequestRegistration;
import nl.jeugdregie.intake.TriageChecklist;
import nl.jeugdregie.messaging.internal.incoming.BatchReceiving;
import nl.jeugdregie.messaging.internal.transport.DirectoryTransport;
import nl.jeugdregie.messaging.internal.transport.HubImport;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Issue 16, ADR 0047: JW323 declarations judged at the four levels, level 3 per line by the allocation module, answered
 * with a JW325 naming the rejected lines (BEY-5, TOEW-7). The world's allocation: 45A01, 2 hours a week, 1 to 28
 * December 2026 (8 hours in all), 84,50 an hour (budget 676,00).
 */
@IntegrationTest
@DisplayName("Issue 16: JW323 declarations judged line by line and answered with a JW325 (BEY-5, TOEW-7)")
class DeclarationMessagesIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;
	@Autowired HelpRequestRegistration registration;
	@Autowired HelpRequestLifecycle lifecycle;
	@Autowired TriageChecklist checklists;
	@Autowired BatchReceiving batches;

	static final long TARIFF = 8450;

	/**
	 * One Prestatie of a test declaration; a credit line names the debit line it cancels in {@code previous}
	 * (VorigReferentieNummer, IV091).
	 */
	public record Line(String reference, long allocation, String code, String from, String until, long volume, String unit,
			long tariff, long amount, boolean credit, @Nullable String previous) {

		/** A debit line; TR387/TR388: a ProductPeriode is a calendar month, cut to the allocation (1 to 28 December). */
		public static Line of(String reference, long allocation, String from, String until, long volume) {
			return new Line(reference, allocation, "45A01", from, until, volume, "04", TARIFF, volume * TARIFF, false, null);
		}

		/** A debit line over the world's allocation's month: 1 to 28 December 2026. */
		public static Line ofMonth(String reference, long allocation, long volume) {
			return of(reference, allocation, "2026-12-01", "2026-12-28", volume);
		}

		public Line tariff(long cents) {
			return new Line(reference, allocation, code, from, until, volume, unit, cents, volume * cents, credit, previous);
		}

		Line amount(long cents) {
			return new Line(reference, allocation, code, from, until, volume, unit, tariff, cents, credit, previous);
		}

		Line code(String other) {
			return new Line(reference, allocation, other, from, until, volume, unit, tariff, amount, credit, previous);
		}

		Line unit(String other) {
			return new Line(reference, allocation, code, from, until, volume, other, tariff, amount, credit, previous);
		}

		/** The credit line with its own reference that cancels this debit line. */
		Line creditedAs(String creditReference) {
			return new Line(creditReference, allocation, code, from, until, volume, unit, tariff, amount, true, reference);
		}
	}

	MessagingWorld world() throws Exception {
		return MessagingWorld.create(mvc, fixtures, new Applications(registration, lifecycle, checklists, jdbc));
	}

	static String jw323(MessagingWorld w, String identification, String number, List<Line> lines) {
		var total = lines.stream().mapToLong(l -> l.credit() ? -l.amount() : l.amount()).sum();
		return jw323(w, identification, number, total, lines);
	}

	static String jw323(MessagingWorld w, String identification, String number, long total, List<Line> lines) {
		var prestaties = new StringBuilder();
		for (var l : lines) {
			prestaties.append("""
					<jw323:Prestatie>
					  <jw323:ProductReferentie><ijw:ReferentieNummer>%s</ijw:ReferentieNummer>%s</jw323:ProductReferentie>
					  <jw323:ToewijzingNummer>%d</jw323:ToewijzingNummer>
					  <jw323:ProductCategorie>45</jw323:ProductCategorie>
					  <jw323:ProductCode>%s</jw323:ProductCode>
					  <jw323:ProductPeriode><ijw:Begindatum>%s</ijw:Begindatum><ijw:Einddatum>%s</ijw:Einddatum></jw323:ProductPeriode>
					  <jw323:GeleverdVolume>%d</jw323:GeleverdVolume>
					  <jw323:Eenheid>%s</jw323:Eenheid>
					  <jw323:ProductTarief>%d</jw323:ProductTarief>
					  <jw323:IngediendBedrag><ijw:Bedrag>%d</ijw:Bedrag><ijw:DebetCredit>%s</ijw:DebetCredit></jw323:IngediendBedrag>
					</jw323:Prestatie>
					""".formatted(l.reference(),
					l.previous() == null ? "" : "<ijw:VorigReferentieNummer>" + l.previous() + "</ijw:VorigReferentieNummer>",
					l.allocation(), l.code(), l.from(), l.until(), l.volume(), l.unit(), l.tariff(),
					l.amount(), l.credit() ? "C" : "D"));
		}
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<jw323:Bericht xmlns:ijw="http://www.istandaarden.nl/ijw/3_2/basisschema/schema" xmlns:jw323="http://www.istandaarden.nl/ijw/3_2/jw323/schema">
				  <jw323:Header>
				    <jw323:BerichtCode>490</jw323:BerichtCode><jw323:BerichtVersie>3</jw323:BerichtVersie><jw323:BerichtSubversie>2</jw323:BerichtSubversie>
				    <jw323:Afzender>%s</jw323:Afzender><jw323:Ontvanger>%s</jw323:Ontvanger>
				    <jw323:BerichtIdentificatie><ijw:Identificatie>%s</ijw:Identificatie><ijw:Dagtekening>2026-12-29</ijw:Dagtekening></jw323:BerichtIdentificatie>
				    <jw323:XsdVersie><ijw:BasisschemaXsdVersie>1.0.0</ijw:BasisschemaXsdVersie><ijw:BerichtXsdVersie>1.0.0</ijw:BerichtXsdVersie></jw323:XsdVersie>
				  </jw323:Header>
				  <jw323:Declaratie>
				    <jw323:DeclaratieNummer>%s</jw323:DeclaratieNummer>
				    <jw323:DeclaratiePeriode><ijw:Begindatum>2026-12-01</ijw:Begindatum><ijw:Einddatum>2026-12-31</ijw:Einddatum></jw323:DeclaratiePeriode>
				    <jw323:DeclaratieDagtekening>2026-12-29</jw323:DeclaratieDagtekening>
				    <jw323:TotaalIngediendBedrag><ijw:TotaalBedrag>%d</ijw:TotaalBedrag><ijw:DebetCredit>%s</ijw:DebetCredit></jw323:TotaalIngediendBedrag>
				    <jw323:Clienten><jw323:Client><jw323:Bsn>999900006</jw323:Bsn><jw323:Prestaties>
				%s
				    </jw323:Prestaties></jw323:Client></jw323:Clienten>
				  </jw323:Declaratie>
				</jw323:Bericht>
				""".formatted(MessagingWorld.AGB, w.world().municipality().value(), identification, number, Math.abs(total),
				total < 0 ? "C" : "D", prestaties);
	}

	MvcResult deliver(CurrentUser user, String xml, boolean checkOnly) throws Exception {
		return mvc.perform(as(user, post("/api/v1/ijw/messages").param("check-only", String.valueOf(checkOnly))
				.contentType(MediaType.APPLICATION_XML).content(xml.getBytes(StandardCharsets.UTF_8)))).andReturn();
	}

	/** The JW325 answer, schema-valid. */
	static String answer(MvcResult result) throws Exception {
		return IjwMessagesIntegrationTests.retour(result, "JW325");
	}

	/** The codes per rejected line of a JW325, by reference; lines not named are approved (TR342). */
	static Map<String, List<String>> rejected(String jw325) {
		var map = new LinkedHashMap<String, List<String>>();
		var prestatie = Pattern.compile("(?s)<jw325:Prestatie>.*?<ijw:ReferentieNummer>(.*?)</ijw:ReferentieNummer>.*?"
				+ "<jw325:IngediendBedrag>.*?<ijw:DebetCredit>(.)</ijw:DebetCredit>.*?<jw325:RetourCodes>(.*?)</jw325:RetourCodes>")
				.matcher(jw325);
		while (prestatie.find()) {
			var codes = Pattern.compile("<jw325:RetourCode>(\\d{4})</jw325:RetourCode>").matcher(prestatie.group(3)).results()
					.map(m -> m.group(1)).toList();
			map.put(prestatie.group(1) + ("C".equals(prestatie.group(2)) ? "/C" : ""), codes);
		}
		return map;
	}

	static String granted(String jw325) {
		var m = Pattern.compile("(?s)<jw325:TotaalToegekendBedrag>\\s*<ijw:TotaalBedrag>(\\d+)</ijw:TotaalBedrag>\\s*<ijw:DebetCredit>(.)")
				.matcher(jw325);
		return m.find() ? m.group(1) + m.group(2) : "";
	}

	long declaredUnits(MessagingWorld w) {
		return jdbc.sql("""
				select coalesce(sum(case when d.credit then -d.units else d.units end), 0) from allocation_declaration d
				join allocation_allocation a on a.id = d.allocation_id where a.municipality_code = ? and a.number = ?""")
				.params(w.world().municipality().value(), w.allocationNumber()).query(Long.class).single();
	}

	List<String> recordedReferences(MessagingWorld w) {
		return jdbc.sql("""
				select line_reference || case when credit then '/C' else '' end from allocation_declaration
				where municipality_code = ? and source = 'JW323' order by declared_at, line_reference""")
				.param(w.world().municipality().value()).query(String.class).list();
	}

	@Test
	@DisplayName("TOEW-7, BEY-5: the example JW323 (its first line, with this world's allocation) is approved in full: a JW325 with 8001, recorded once, the same JW323 twice gives the same JW325")
	void acceptsTheExample() throws Exception {
		var w = world();
		var example = IjwReference.example("JW323");
		// Keep the first Prestatie (RN001) of the first client only.
		var first = example.indexOf("<jw323:Prestatie>");
		var second = example.indexOf("<jw323:Prestatie>", first + 1);
		var endOfClients = example.indexOf("</jw323:Clienten>");
		var xml = example.substring(0, second) + "</jw323:Prestaties></jw323:Client>" + example.substring(endOfClients);
		xml = xml.replace(">0384<", ">" + w.world().municipality().value() + "<")
				.replace("ToewijzingNummer>10072<", "ToewijzingNummer>" + w.allocationNumber() + "<")
				.replace("45A03", "45A01").replace("2026-04-01", "2026-12-01").replace("2026-04-30", "2026-12-28")
				.replace("<jw323:ProductTarief>1250<", "<jw323:ProductTarief>8450<")
				.replace("<ijw:Bedrag>5000<", "<ijw:Bedrag>33800<").replace("<ijw:TotaalBedrag>79000<", "<ijw:TotaalBedrag>33800<");
		var result = deliver(w.provider(), xml, false);
		var jw325 = answer(result);
		assertThat(result.getResponse().getHeader("X-Ijw-Accepted")).isEqualTo("true");
		assertThat(result.getResponse().getHeader("X-Ijw-Retour-Type")).isEqualTo("JW325");
		assertThat(jw325).contains("<jw325:RetourCode>8001</jw325:RetourCode>").doesNotContain("<jw325:Clienten>")
				.contains("<jw325:DeclaratieNummer>DN001</jw325:DeclaratieNummer>")
				.contains("<ijw:Identificatie>765432198</ijw:Identificatie>");
		assertThat(granted(jw325)).isEqualTo("33800D");
		assertThat(recordedReferences(w)).containsExactly("RN001");
		assertThat(jdbc.sql("select declaration_number from allocation_declaration where municipality_code = ?")
				.param(w.world().municipality().value()).query(String.class).single()).isEqualTo("DN001");
		assertThat(declaredUnits(w)).isEqualTo(4);

		var again = deliver(w.provider(), xml, false);
		assertThat(again.getResponse().getContentAsString()).isEqualTo(result.getResponse().getContentAsString());
		assertThat(recordedReferences(w)).containsExactly("RN001");
		assertThat(jdbc.sql("select count(*) from messaging_message where municipality_code = ? and type = 'JW325' and direction = 'SENT'")
				.param(w.world().municipality().value()).query(Long.class).single()).isEqualTo(1);
		// Fetchable: the answer under the JW323's location, for its provider only.
		var location = result.getResponse().getHeader("Location");
		assertThat(mvc.perform(as(w.provider(), get(location))).andReturn().getResponse().getContentAsString()).isEqualTo(jw325);
		assertThat(mvc.perform(as(w.otherProvider(), get(location))).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	@DisplayName("BEY-5: mixed lines: each rejected line carries its rule's exact code (TR418 0611, TR321 9321, TR338 9338, TR307 9307, TR308 9308, TR387 9387, TR388 9388, TR319 9319, TR340 9340, TR341 9341), approved lines are recorded, rejected ones not")
	void rejectsLinesWithTheirCodes() throws Exception {
		var w = world();
		var n = w.allocationNumber();
		var lines = List.of(Line.ofMonth("OK1", n, 2),
				Line.ofMonth("T418", n, 1).tariff(9000),
				Line.ofMonth("T321", n, 9),
				Line.ofMonth("T338", 999999, 1),
				Line.of("T307", n, "2026-11-01", "2026-11-30", 1),
				Line.of("T308", n, "2026-12-01", "2026-12-31", 1),
				Line.of("T387", n, "2026-12-08", "2026-12-28", 1),
				Line.of("T388", n, "2026-12-01", "2026-12-21", 1),
				Line.of("T319", n, "2027-01-01", "2027-01-31", 1),
				Line.ofMonth("T340", n, 1).code("45A02"),
				Line.ofMonth("T341", n, 1).unit("01"),
				Line.ofMonth("OK2", n, 2));
		var result = deliver(w.provider(), jw323(w, "M1", "DM1", lines), false);
		var jw325 = answer(result);
		// A line over more than the allocated volume also takes the total and the budget over (TR322, TR369); a line
		// past the allocation's end does not end on its last day either (TR388).
		assertThat(rejected(jw325)).containsExactly(Map.entry("T418", List.of("0611")),
				Map.entry("T321", List.of("9321", "9322", "9369")), Map.entry("T338", List.of("9338")),
				Map.entry("T307", List.of("9307")), Map.entry("T308", List.of("9308", "9388")),
				Map.entry("T387", List.of("9387")), Map.entry("T388", List.of("9388")), Map.entry("T319", List.of("9319")),
				Map.entry("T340", List.of("9340")), Map.entry("T341", List.of("9341")));
		assertThat(jw325).contains("<jw325:RetourCode>0200</jw325:RetourCode>").doesNotContain(">8001<");
		assertThat(granted(jw325)).isEqualTo((4 * TARIFF) + "D");
		assertThat(recordedReferences(w)).containsExactlyInAnyOrder("OK1", "OK2");
		assertThat(declaredUnits(w)).isEqualTo(4);
		assertThat(jdbc.sql("select count(*) from messaging_declared_line l join messaging_message m on m.id = l.message_id where m.municipality_code = ? and not l.approved")
				.param(w.world().municipality().value()).query(Long.class).single()).isEqualTo(10);
	}

	@Test
	@DisplayName("BEY-5: TR322 9322 when the lines together exceed the allocated volume, TR369 9369 when the amounts exceed the budget (an inflated amount also TR346 9346), also counting earlier declarations")
	void rejectsAboveVolumeAndBudget() throws Exception {
		var w = world();
		var n = w.allocationNumber();
		var first = answer(deliver(w.provider(), jw323(w, "V1", "DV1", List.of(Line.ofMonth("A", n, 4),
				Line.ofMonth("B", n, 4))), false));
		assertThat(rejected(first)).isEmpty();
		assertThat(declaredUnits(w)).isEqualTo(8);
		var second = answer(deliver(w.provider(), jw323(w, "V2", "DV2", List.of(Line.ofMonth("C", n, 1))), false));
		assertThat(rejected(second)).containsExactly(Map.entry("C", List.of("9322", "9369")));

		var budget = world();
		var m = budget.allocationNumber();
		var inflated = answer(deliver(budget.provider(), jw323(budget, "B1", "DB1",
				List.of(Line.ofMonth("D", m, 1).amount(70000))), false));
		assertThat(rejected(inflated)).containsExactly(Map.entry("D", List.of("9346", "9369")));
		assertThat(declaredUnits(budget)).isZero();
	}

	@Test
	@DisplayName("BEY-5: references: a reference used before 8021 (TR314), a credit line names the debit line it cancels by VorigReferentieNummer (IV091), a second credit of it 9390 (TR390), a credit without debit 8017 (TR323), a used declaration number 9333 (TR333)")
	void judgesReferencesAndCredits() throws Exception {
		var w = world();
		var n = w.allocationNumber();
		var debit = Line.ofMonth("R1", n, 2);
		assertThat(rejected(answer(deliver(w.provider(), jw323(w, "C1", "DC1", List.of(debit)), false)))).isEmpty();
		assertThat(rejected(answer(deliver(w.provider(), jw323(w, "C2", "DC2", List.of(debit)), false))))
				.containsExactly(Map.entry("R1", List.of("8021")));
		var credited = answer(deliver(w.provider(), jw323(w, "C3", "DC3", List.of(debit.creditedAs("R1C"))), false));
		assertThat(rejected(credited)).isEmpty();
		assertThat(granted(credited)).isEqualTo((2 * TARIFF) + "C");
		assertThat(declaredUnits(w)).isZero();
		var second = answer(deliver(w.provider(), jw323(w, "C4", "DC4", List.of(debit.creditedAs("R1C2"))), false));
		assertThat(rejected(second)).containsExactly(Map.entry("R1C2/C", List.of("9390")));
		assertThat(second).as("the JW325 repeats the VorigReferentieNummer")
				.contains("<ijw:VorigReferentieNummer>R1</ijw:VorigReferentieNummer>");
		assertThat(rejected(answer(deliver(w.provider(), jw323(w, "C5", "DC5",
				List.of(Line.ofMonth("R9", n, 1).creditedAs("R9C"))), false))))
				.containsExactly(Map.entry("R9C/C", List.of("8017")));
		assertThat(rejected(answer(deliver(w.provider(), jw323(w, "C7", "DC7", List.of(debit.creditedAs("R1C"))), false))))
				.as("the credit line's own reference is used").containsExactly(Map.entry("R1C/C", List.of("8021")));
		var numberUsed = deliver(w.provider(), jw323(w, "C6", "DC1", List.of(Line.ofMonth("R2", n, 1))), false);
		assertThat(answer(numberUsed)).contains("<jw325:RetourCode>9333</jw325:RetourCode>").doesNotContain("<jw325:Clienten>");
		assertThat(numberUsed.getResponse().getHeader("X-Ijw-Accepted")).isEqualTo("false");
		assertThat(recordedReferences(w)).containsExactly("R1", "R1C/C");
	}

	@Test
	@DisplayName("TR304 8187: a line for this provider's allocation under the BSN of another client; TR318 8214: a declaration period before the latest accepted one")
	void judgesTheClientAndThePeriodSequence() throws Exception {
		var w = world();
		var n = w.allocationNumber();
		var otherBsn = jw323(w, "K1", "DK1", List.of(Line.ofMonth("K", n, 1)))
				.replace("<jw323:Bsn>999900006</jw323:Bsn>", "<jw323:Bsn>999900018</jw323:Bsn>");
		assertThat(rejected(answer(deliver(w.provider(), otherBsn, false)))).containsExactly(Map.entry("K", List.of("8187")));
		assertThat(recordedReferences(w)).isEmpty();

		var january = jw323(w, "K2", "DK2", List.of(Line.of("J", n, "2027-01-01", "2027-01-31", 1)))
				.replace("<ijw:Begindatum>2026-12-01</ijw:Begindatum><ijw:Einddatum>2026-12-31</ijw:Einddatum></jw323:DeclaratiePeriode>",
						"<ijw:Begindatum>2027-01-01</ijw:Begindatum><ijw:Einddatum>2027-01-31</ijw:Einddatum></jw323:DeclaratiePeriode>");
		assertThat(deliver(w.provider(), january, false).getResponse().getHeader("X-Ijw-Accepted")).isEqualTo("true");
		var december = deliver(w.provider(), jw323(w, "K3", "DK3", List.of(Line.ofMonth("L", n, 1))), false);
		assertThat(answer(december)).contains("<jw325:RetourCode>8214</jw325:RetourCode>").doesNotContain("<jw325:Clienten>");
		assertThat(december.getResponse().getHeader("X-Ijw-Accepted")).isEqualTo("false");
		assertThat(recordedReferences(w)).isEmpty();
	}

	@Test
	@DisplayName("Levels 1 and 2: not schema-valid, a total that is not the sum of the lines (TR358), a line twice (TR101), a debit credited in the same message (TR316), a credit without VorigReferentieNummer, a line ended more than five years ago (TR335): header-only JW325 0001, nothing recorded; a used identification 9056")
	void rejectsTheWholeDeclaration() throws Exception {
		var w = world();
		var n = w.allocationNumber();
		var line = Line.ofMonth("L1", n, 1);
		var invalid = jw323(w, "W1", "DW1", List.of(line)).replace("<jw323:Eenheid>04</jw323:Eenheid>", "");
		var wrongTotal = jw323(w, "W2", "DW2", 999, List.of(line));
		var twice = jw323(w, "W3", "DW3", List.of(line, line));
		var creditedAtOnce = jw323(w, "W4", "DW4", List.of(line, line.creditedAs("L1C")));
		var creditWithoutDebit = jw323(w, "W6", "DW6", List.of(new Line("L2", n, "45A01", "2026-12-01", "2026-12-28", 1, "04",
				TARIFF, TARIFF, true, null)));
		var old = jw323(w, "W7", "DW7", List.of(Line.of("L3", n, "2021-11-01", "2021-11-30", 1)));
		for (var xml : List.of(invalid, wrongTotal, twice, creditedAtOnce, creditWithoutDebit, old)) {
			var result = deliver(w.provider(), xml, false);
			assertThat(answer(result)).contains("<jw325:RetourCode>0001</jw325:RetourCode>").doesNotContain("DeclaratieAntwoord");
			assertThat(result.getResponse().getHeader("X-Ijw-Accepted")).isEqualTo("false");
		}
		assertThat(recordedReferences(w)).isEmpty();
		var reused = answer(deliver(w.provider(), jw323(w, "W2", "DW5", List.of(line)), false));
		assertThat(reused).contains("<jw325:RetourCode>9056</jw325:RetourCode>");
		assertThat(recordedReferences(w)).isEmpty();
	}

	@Test
	@DisplayName("Pre-check: a JW323 for checking only gets the JW325 it would get, and nothing is recorded")
	void preChecks() throws Exception {
		var w = world();
		var xml = jw323(w, "P1", "DP1", List.of(Line.ofMonth("P", w.allocationNumber(), 2)));
		assertThat(answer(deliver(w.provider(), xml, true))).contains(">8001<");
		assertThat(recordedReferences(w)).isEmpty();
		// Nothing received or answered (the allocation's own JW301 went out before).
		assertThat(jdbc.sql("select count(*) from messaging_message where municipality_code = ? and type <> 'JW301'")
				.param(w.world().municipality().value()).query(Long.class).single()).isZero();
		assertThat(answer(deliver(w.provider(), xml, false))).contains(">8001<");
		assertThat(recordedReferences(w)).containsExactly("P");
	}

	@Test
	@DisplayName("BEY-5 under races: 30 parallel deliveries of two declarations that together exceed the volume never exceed it; each is stored once")
	void parallelDeclarationsNeverExceedTheVolume() throws Exception {
		var w = world();
		var n = w.allocationNumber();
		var x = jw323(w, "PX", "DPX", List.of(Line.ofMonth("X", n, 6)));
		var y = jw323(w, "PY", "DPY", List.of(Line.ofMonth("Y", n, 6)));
		var pool = Executors.newFixedThreadPool(30);
		var results = new ArrayList<MvcResult>();
		try {
			var calls = new ArrayList<Callable<MvcResult>>();
			for (var i = 0; i < 30; i++) {
				var xml = i % 2 == 0 ? x : y;
				// Each from its own address, as thirty deliveries would be: login protection budgets password checks per
				// address (ADR 0020), and this test is about the volume, not about guessing.
				var address = "10.16.23." + (i + 1);
				calls.add(() -> mvc.perform(as(w.provider(), post("/api/v1/ijw/messages").contentType(MediaType.APPLICATION_XML)
						.content(xml.getBytes(StandardCharsets.UTF_8))).with(r -> {
							r.setRemoteAddr(address);
							return r;
						})).andReturn());
			}
			for (var future : pool.invokeAll(calls)) {
				results.add(future.get());
			}
		} finally {
			pool.shutdown();
		}
		for (var result : results) {
			answer(result);
		}
		assertThat(declaredUnits(w)).isEqualTo(6);
		assertThat(recordedReferences(w)).hasSize(1);
		assertThat(jdbc.sql("select count(*) from messaging_message where municipality_code = ? and type = 'JW323'")
				.param(w.world().municipality().value()).query(Long.class).single()).isEqualTo(2);
		var answers = results.stream().map(r -> rejected(new String(r.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8)))
				.filter(m -> !m.isEmpty()).toList();
		assertThat(answers).hasSize(15).allSatisfy(m -> assertThat(m.values()).containsExactly(List.of("9322", "9369")));
	}

	@Test
	@DisplayName("Access: only the provider itself delivers a JW323, to its own municipality; another provider's allocation is 9338")
	void accessPerRoleAndMunicipality() throws Exception {
		var w = world();
		var xml = jw323(w, "A1", "DA1", List.of(Line.ofMonth("A", w.allocationNumber(), 1)));
		assertThat(deliver(w.otherProvider(), xml, false).getResponse().getStatus()).isEqualTo(403);
		for (var role : new Role[] { Role.YOUTH_PROFESSIONAL, Role.TEAM_LEAD, Role.POLICY_OFFICER, Role.ADMINISTRATOR }) {
			var user = fixtures.user(role, w.world().municipality(), role.worksOnCases() ? w.world().team() : null);
			assertThat(deliver(user, xml, false).getResponse().getStatus()).as(role.name()).isEqualTo(403);
		}
		var elsewhere = fixtures.newWorld();
		var foreignProvider = fixtures.user(Role.PROVIDER, elsewhere.municipality(), null);
		assertThat(deliver(foreignProvider, xml, false).getResponse().getStatus()).isEqualTo(403);
		// The other provider names this allocation under its own AGB code: not its allocation.
		var foreign = xml.replace("<jw323:Afzender>" + MessagingWorld.AGB + "<", "<jw323:Afzender>98000012<");
		assertThat(rejected(answer(deliver(w.otherProvider(), foreign, false)))).containsExactly(Map.entry("A", List.of("9338")));
		assertThat(recordedReferences(w)).isEmpty();
	}

	@Test
	@DisplayName("Transport and terms: a JW323 in the inbox gets its JW325 through HubTransport.send; both are published so the declaration term is answered")
	void hubAndTerms(@TempDir Path dir) throws Exception {
		var w = world();
		var hub = new HubImport(new DirectoryTransport(dir.resolve("in"), dir.resolve("out")), batches);
		Files.writeString(dir.resolve("in").resolve("decl-1.xml"),
				jw323(w, "H1", "DH1", List.of(Line.ofMonth("H", w.allocationNumber(), 2))));
		assertThat(hub.importWaiting()).isEqualTo(1);
		var jw325 = Files.readAllBytes(dir.resolve("out").resolve("JW325-decl-1.xml"));
		assertThat(IjwMessagesIntegrationTests.SCHEMAS.validate(IjwMessageType.JW325, IjwMessagesIntegrationTests.XML.parse(jw325))).isEmpty();
		assertThat(new String(jw325, StandardCharsets.UTF_8)).contains(">8001<");
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql("""
				select message_type || ':' || coalesce(answers, '-') from messaging_term_message
				where municipality_code = ? and message_type <> 'JW301' order by message_type""")
				.param(w.world().municipality().value()).query(String.class).list()).containsExactly("JW323:-", "JW325:H1"));
		assertThat(Arrays.asList(recordedReferences(w).toArray())).containsExactly("H");
	}

	@Test
	@DisplayName("BEY-5 pages: a declaration line by line, approved or rejected and why (Dutch), for the administrator and the provider itself; the allocation's declarations show JW323 lines with their source")
	void showsDeclarationsLineByLine() throws Exception {
		var w = world();
		var n = w.allocationNumber();
		var result = deliver(w.provider(), jw323(w, "S1", "DS1", List.of(Line.ofMonth("OK", n, 2),
				Line.ofMonth("DUUR", n, 1).tariff(9000))), false);
		answer(result);
		var id = result.getResponse().getHeader("Location").split("/")[5];
		for (var user : List.of(w.admin(), w.provider())) {
			var session = TestFixtures.login(mvc, user);
			var list = mvc.perform(get("/ijw/declaraties").session(session)).andReturn().getResponse();
			assertThat(list.getStatus()).isEqualTo(200);
			assertThat(list.getContentAsString()).contains("/ijw/declaraties/" + id).contains("DS1");
			var page = mvc.perform(get("/ijw/declaraties/" + id).session(session)).andReturn().getResponse();
			assertThat(page.getStatus()).isEqualTo(200);
			assertThat(page.getContentAsString()).contains("1 van 2 goedgekeurd").contains("Goedgekeurd").contains("Afgewezen")
					.contains("Het tarief is niet het tarief uit het contract.");
		}
		var other = TestFixtures.login(mvc, w.otherProvider());
		assertThat(mvc.perform(get("/ijw/declaraties/" + id).session(other)).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/ijw/declaraties").session(other)).andReturn().getResponse().getContentAsString())
				.doesNotContain(id);
		var professional = TestFixtures.login(mvc, w.professional());
		assertThat(mvc.perform(get("/ijw/declaraties/" + id).session(professional)).andReturn().getResponse().getStatus()).isEqualTo(403);
		var elsewhere = fixtures.newWorld();
		var foreignAdmin = TestFixtures.login(mvc, fixtures.user(Role.ADMINISTRATOR, elsewhere.municipality(), null));
		assertThat(mvc.perform(get("/ijw/declaraties/" + id).session(foreignAdmin)).andReturn().getResponse().getStatus()).isEqualTo(404);

		var budget = mvc.perform(get("/toewijzing/declaraties").param("nummer", String.valueOf(n)).session(TestFixtures.login(mvc, w.provider())))
				.andReturn().getResponse().getContentAsString();
		assertThat(budget).contains("Declaratiebericht (JW323)").contains("DS1, regel OK").doesNotContain("regel DUUR");
	}
}
