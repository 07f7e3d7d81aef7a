package nl.jeugdregie.steering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.plans.ExitRoute;
import nl.jeugdregie.plans.SocialWorkFirstConversationHeld;
import nl.jeugdregie.plans.SocialWorkRequestRegistered;
import nl.jeugdregie.plans.SocialWorkTrajectoryClosed;
import nl.jeugdregie.plans.SocialWorkTrajectoryId;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/** Norms end to end (STU-5, BEY-3): computed from case data, delivered by the provider, over the API and the screens. */
@IntegrationTest
class SteeringNormsIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;
	@Autowired ApplicationEventPublisher events;
	@Autowired TransactionTemplate transactions;

	@Test
	@DisplayName("BEY-3: the Wmo-referral and first-conversation norms are computed from case data, equal to an independent query")
	void evaluatesNormsFromCaseDataLikeAnIndependentQuery() throws Exception {
		var world = fixtures.newWorld();
		var norms = SteeringNormTestData.create(jdbc, world.municipality());
		var officer = fixtures.user(Role.POLICY_OFFICER, world.municipality(), null);
		var municipality = world.municipality();
		transactions.executeWithoutResult(status -> {
			for (int i = 0; i < 10; i++) {
				var route = i < 2 ? ExitRoute.WMO_TAILORED_PROVISION : ExitRoute.OWN_NETWORK;
				closed(municipality, LocalDate.of(2026, 7, 1 + i), route);
			}
			closed(municipality, LocalDate.of(2026, 6, 30), ExitRoute.WMO_TAILORED_PROVISION); // previous quarter
			for (int i = 0; i < 4; i++) {
				held(municipality, LocalDate.of(2026, 7, 1 + i), LocalDate.of(2026, 7, 20 + i));
			}
			held(municipality, LocalDate.of(2026, 8, 1), LocalDate.of(2026, 9, 15)); // after 4 weeks
			events.publishEvent(new SocialWorkRequestRegistered(SocialWorkTrajectoryId.random(), municipality,
					LocalDate.of(2026, 9, 30))); // term passed on 16-11-2026 without a conversation
			events.publishEvent(new SocialWorkRequestRegistered(SocialWorkTrajectoryId.random(), municipality,
					LocalDate.of(2026, 11, 10))); // next quarter
		});
		await().atMost(Duration.ofSeconds(10)).until(() -> trajectories(municipality) == 18);

		var expectedWmo = jdbc.sql("""
				select round(100.0 * sum(case when exit_route = 'WMO_TAILORED_PROVISION' then 1 else 0 end) / count(*), 2)
				from steering_social_work_trajectory
				where municipality_code = ? and closed_on >= date '2026-07-01' and closed_on < date '2026-10-01'""")
				.param(municipality.value()).query(BigDecimal.class).single();
		var expectedFirst = jdbc.sql("""
				select round(100.0 * sum(case when first_conversation - registered_on <= 28 then 1 else 0 end) / count(*), 2)
				from steering_social_work_trajectory
				where municipality_code = ? and extract(year from registered_on) = 2026
				  and extract(quarter from registered_on) = 3""")
				.param(municipality.value()).query(BigDecimal.class).single();
		assertThat(expectedWmo).isEqualByComparingTo("20.00");
		assertThat(expectedFirst).isEqualByComparingTo("66.67");

		mvc.perform(get("/api/v1/steering/norms/" + norms.wmoReferrals()).with(basic(officer)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.norm.figure").value(expectedWmo.doubleValue()))
				.andExpect(jsonPath("$.norm.status").value("MISSED"))
				.andExpect(jsonPath("$.norm.source").value("CASE_DATA"))
				.andExpect(jsonPath("$.norm.evaluatedPeriod").value("2026-K3"))
				.andExpect(jsonPath("$.norm.basis").value("2 van 10"))
				.andExpect(jsonPath("$.norm.causeAnalysisRequired").value(true))
				.andExpect(jsonPath("$.norm.causeAnalysisDelivered").value(false));
		mvc.perform(get("/api/v1/steering/norms/" + norms.firstConversation()).with(basic(officer)))
				.andExpect(jsonPath("$.norm.figure").value(expectedFirst.doubleValue()))
				.andExpect(jsonPath("$.norm.basis").value("4 van 6"))
				.andExpect(jsonPath("$.norm.status").value("MISSED"));
	}

	@Test
	@DisplayName("STU-5: the provider delivers a quarterly figure; the norm shows at risk with the figure and who delivered it")
	void showsTheStatusOfADeliveredFigure() throws Exception {
		var world = fixtures.newWorld();
		var norms = SteeringNormTestData.create(jdbc, world.municipality());
		var provider = provider(world.municipality(), norms);

		mvc.perform(post("/api/v1/steering/norms/" + norms.closedWithinSixMonths() + "/figures").with(basic(provider))
						.contentType(MediaType.APPLICATION_JSON).content("{\"period\": \"2026-K3\", \"value\": \"82,5\"}"))
				.andExpect(status().isCreated());

		mvc.perform(get("/api/v1/steering/norms").with(basic(provider)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[?(@.code == 'TST-1')].status").value("AT_RISK"))
				.andExpect(jsonPath("$[?(@.code == 'TST-1')].figure").value(82.5))
				.andExpect(jsonPath("$[?(@.code == 'TST-1')].source").value("PROVIDER"))
				.andExpect(jsonPath("$[?(@.code == 'TST-1')].deliveredBy").value(provider.username()))
				.andExpect(jsonPath("$[?(@.code == 'TST-3')].status").value("NO_FIGURE"))
				.andExpect(jsonPath("$[?(@.code == 'TST-5')].status").value("MISSED"));
	}

	@Test
	@DisplayName("STU-5: a percentage above 100 and a figure for a closed quarter are refused over the API")
	void refusesAWrongPercentageAndAClosedQuarter() throws Exception {
		var world = fixtures.newWorld();
		var norms = SteeringNormTestData.create(jdbc, world.municipality());
		var provider = provider(world.municipality(), norms);
		var officer = fixtures.user(Role.POLICY_OFFICER, world.municipality(), null);
		var figures = "/api/v1/steering/norms/" + norms.closedWithinSixMonths() + "/figures";

		mvc.perform(post(figures).with(basic(provider)).contentType(MediaType.APPLICATION_JSON)
						.content("{\"period\": \"2026-K3\", \"value\": \"101\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.errors[0].field").value("value"))
				.andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("tussen 0 en 100")));

		mvc.perform(post("/api/v1/steering/norms/closed-quarters").with(basic(officer))
						.contentType(MediaType.APPLICATION_JSON).content("{\"quarter\": \"2026-K3\"}"))
				.andExpect(status().isCreated());
		mvc.perform(post(figures).with(basic(provider)).contentType(MediaType.APPLICATION_JSON)
						.content("{\"period\": \"2026-K3\", \"value\": \"85\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("period"))
				.andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("afgesloten")));

		assertThat(SteeringNormTestData.figures(jdbc, norms.closedWithinSixMonths())).isZero();
	}

	@Test
	@DisplayName("STU-5: a CSV upload with its evidence saves all rows; a wrong one names row and column and saves none")
	void importsACsvFileWholeOrNotAtAll() throws Exception {
		var world = fixtures.newWorld();
		var norms = SteeringNormTestData.create(jdbc, world.municipality());
		var provider = provider(world.municipality(), norms);
		var evidence = new MockMultipartFile("evidence", "kwartaalrapportage-K3.pdf", "application/pdf",
				"%PDF-1.4 rapportage".getBytes(StandardCharsets.UTF_8));

		mvc.perform(multipart("/api/v1/steering/norms/figures").file(csv("norm;periode;waarde\nTST-1;2026-K3;83\nTST-2;2026-K3;abc\nTST-9;2026-K3;1\n"))
						.file(evidence).with(basic(provider)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].row").value(3))
				.andExpect(jsonPath("$.errors[0].column").value("waarde"))
				.andExpect(jsonPath("$.errors[0].message").value(Matchers.startsWith("Regel 3, kolom waarde:")))
				.andExpect(jsonPath("$.errors[1].row").value(4))
				.andExpect(jsonPath("$.errors[1].column").value("norm"));
		assertThat(SteeringNormTestData.figures(jdbc, norms.closedWithinSixMonths())).isZero();

		mvc.perform(multipart("/api/v1/steering/norms/figures").file(csv("norm;periode;waarde\nTST-1;2026-K3;83\nTST-2;2026-K3;9\n"))
						.with(basic(provider)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("bewijsstuk")));

		mvc.perform(multipart("/api/v1/steering/norms/figures").file(csv("norm;periode;waarde\nTST-1;2026-K3;83\nTST-2;2026-K3;9\n"))
						.file(evidence).with(basic(provider)))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.imported").value(2));

		var stored = jdbc.sql("""
				select e.file_name from steering_norm_figure f join steering_evidence e on e.id = f.evidence_id
				where f.norm_id = ?""").param(norms.districtAreas()).query(String.class).single();
		assertThat(stored).isEqualTo("kwartaalrapportage-K3.pdf");
		mvc.perform(get("/api/v1/steering/norms/" + norms.districtAreas()).with(basic(provider)))
				.andExpect(jsonPath("$.norm.status").value("MISSED"))
				.andExpect(jsonPath("$.figures[0].evidenceName").value("kwartaalrapportage-K3.pdf"))
				.andExpect(jsonPath("$.figures[0].deliveredBy").value(provider.username()));
	}

	@Test
	@DisplayName("STU-5, issue 19: a provider's upload retried with the same Idempotency-Key over real HTTP is imported once")
	void importsAnUploadRetriedWithTheSameKeyOnce(@org.springframework.beans.factory.annotation.Value("${local.server.port}") int port)
			throws Exception {
		var world = fixtures.newWorld();
		var norms = SteeringNormTestData.create(jdbc, world.municipality());
		var provider = provider(world.municipality(), norms);
		var boundary = "grens" + java.util.UUID.randomUUID();
		var body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cijfers.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\nnorm;periode;waarde\nTST-1;2026-K3;83\nTST-2;2026-K3;9\n\r\n"
				+ "--" + boundary + "\r\nContent-Disposition: form-data; name=\"evidence\"; filename=\"kwartaalrapportage-K3.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n%PDF-1.4 rapportage\r\n--" + boundary + "--\r\n")
				.getBytes(StandardCharsets.UTF_8);
		var key = java.util.UUID.randomUUID().toString();
		var client = java.net.http.HttpClient.newHttpClient();
		var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/steering/norms/figures"))
				.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
						(provider.username() + ":" + TestFixtures.PASSWORD).getBytes(StandardCharsets.UTF_8)))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.header("Idempotency-Key", key)
				.POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)).build();

		var first = client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
		var again = client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());

		assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
		assertThat(again.statusCode()).isEqualTo(201);
		assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
		assertThat(again.body()).isEqualTo(first.body());
		assertThat(SteeringNormTestData.figures(jdbc, norms.closedWithinSixMonths())).isEqualTo(1);
	}

	@Test
	@DisplayName("STU-5: on the screens the provider sees a missed norm, records its cause analysis and downloads the evidence")
	void recordsTheCauseAnalysisOfAMissedNormOnTheScreens() throws Exception {
		var world = fixtures.newWorld();
		var norms = SteeringNormTestData.create(jdbc, world.municipality());
		var provider = provider(world.municipality(), norms);
		var session = TestFixtures.login(mvc, provider);
		var page = "/sturing/normen/" + norms.districtAreas();

		mvc.perform(multipart(page + "/cijfers").file(new MockMultipartFile("evidence", "telling.csv", "text/csv",
						"wijk;activiteiten".getBytes(StandardCharsets.UTF_8)))
						.param("period", "2026-K3").param("value", "9").session(session).with(csrf()))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl(page));
		mvc.perform(get(page).session(session))
				.andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("niet gehaald")))
				.andExpect(content().string(Matchers.containsString("nog niet geleverd")))
				.andExpect(content().string(Matchers.containsString("Jongeren komen steeds later samen.")))
				.andExpect(content().string(Matchers.containsString("telling.csv")));

		mvc.perform(post(page + "/oorzaakanalyse").param("period", "2026-K3").param("analysis", " ").session(session).with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("Schrijf op wat de trend en de oorzaak zijn.")));
		mvc.perform(post(page + "/oorzaakanalyse").param("period", "2026-K3")
						.param("analysis", "In twee wijkgebieden stopte de vrijwilliger; we zoeken opvolging.")
						.session(session).with(csrf()))
				.andExpect(redirectedUrl(page));
		mvc.perform(get("/sturing/normen").session(session))
				.andExpect(content().string(Matchers.containsString("TST-2")))
				.andExpect(content().string(Matchers.containsString("geleverd")));

		var evidenceId = jdbc.sql("select evidence_id from steering_norm_figure where norm_id = ?")
				.param(norms.districtAreas()).query(Long.class).single();
		mvc.perform(get("/sturing/normen/bewijs/" + evidenceId).session(session))
				.andExpect(status().isOk())
				.andExpect(content().string("wijk;activiteiten"));
	}

	@Test
	@DisplayName("STU-5: the figure form and the CSV form show Dutch errors, with row and column for the file")
	void showsErrorsOnTheForms() throws Exception {
		var world = fixtures.newWorld();
		var norms = SteeringNormTestData.create(jdbc, world.municipality());
		var provider = provider(world.municipality(), norms);
		var session = TestFixtures.login(mvc, provider);

		mvc.perform(multipart("/sturing/normen/" + norms.closedWithinSixMonths() + "/cijfers")
						.param("period", "2026-K4").param("value", "150").session(session).with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("Een percentage ligt tussen 0 en 100. U vulde 150 in.")))
				.andExpect(content().string(Matchers.containsString("De periode 2026-K4 is nog niet voorbij.")));
		mvc.perform(multipart("/sturing/normen/upload").file(new MockMultipartFile("file", "cijfers.csv", "text/csv",
						"norm;periode;waarde\nTST-1;2026-K3;-3\n".getBytes(StandardCharsets.UTF_8)))
						.file(new MockMultipartFile("evidence", "r.pdf", "application/pdf", new byte[] { 1 }))
						.session(session).with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("Regel 2, kolom waarde: Een percentage ligt tussen 0 en 100.")));
		assertThat(SteeringNormTestData.figures(jdbc, norms.closedWithinSixMonths())).isZero();
	}

	@Test
	@DisplayName("STU-5: a policy officer adds a norm to a core condition; a percentage target above 100 is refused")
	void addsANormToACoreCondition() throws Exception {
		var world = fixtures.newWorld();
		var norms = SteeringNormTestData.create(jdbc, world.municipality());
		var officer = fixtures.user(Role.POLICY_OFFICER, world.municipality(), null);
		var condition = jdbc.sql("select id from steering_core_condition where type_of_work_id = ?")
				.param(norms.assignment().typeOfWorkId()).query(Long.class).single();
		var norm = "{\"coreConditionId\": " + condition + ", \"code\": \"TST-9\", \"description\": \"Minstens 75% van de jongeren is bekend.\", "
				+ "\"kind\": \"PERCENT_AT_LEAST\", \"target\": \"TARGET\", \"period\": \"HALF_YEAR\", \"effectiveFrom\": \"1-1-2026\"}";

		mvc.perform(post("/api/v1/steering/norms").with(basic(officer)).contentType(MediaType.APPLICATION_JSON)
						.content(norm.replace("TARGET", "175")))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("target"))
				.andExpect(jsonPath("$.errors[0].message").value("Een percentage ligt tussen 0 en 100. U vulde 175 in."));
		mvc.perform(post("/api/v1/steering/norms").with(basic(officer)).contentType(MediaType.APPLICATION_JSON)
						.content(norm.replace("TARGET", "75")))
				.andExpect(status().isCreated());
		mvc.perform(post("/api/v1/steering/norms").with(basic(officer)).contentType(MediaType.APPLICATION_JSON)
						.content(norm.replace("TARGET", "75")))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("al in gebruik")));

		mvc.perform(get("/api/v1/steering/norms").with(basic(officer)))
				.andExpect(jsonPath("$[?(@.code == 'TST-9')].targetText").value("minimaal 75 % per halfjaar"))
				.andExpect(jsonPath("$[?(@.code == 'TST-9')].evaluatedPeriod").value("2026-H1"))
				.andExpect(jsonPath("$[?(@.code == 'TST-9')].status").value("NO_FIGURE"));
	}

	private CurrentUser provider(MunicipalityCode municipality, SteeringNormTestData.TestNorms norms) {
		var provider = fixtures.user(Role.PROVIDER, municipality, null);
		SteeringNormTestData.linkProvider(jdbc, provider.username(), norms.assignment().assignmentId());
		return provider;
	}

	private void closed(MunicipalityCode municipality, LocalDate on, ExitRoute route) {
		events.publishEvent(new SocialWorkTrajectoryClosed(SocialWorkTrajectoryId.random(), municipality, on, route));
	}

	private void held(MunicipalityCode municipality, LocalDate registered, LocalDate held) {
		var trajectory = SocialWorkTrajectoryId.random();
		events.publishEvent(new SocialWorkRequestRegistered(trajectory, municipality, registered));
		events.publishEvent(new SocialWorkFirstConversationHeld(trajectory, municipality, registered, held));
	}

	private long trajectories(MunicipalityCode municipality) {
		return jdbc.sql("select count(*) from steering_social_work_trajectory where municipality_code = ?")
				.param(municipality.value()).query(Long.class).single();
	}

	private static MockMultipartFile csv(String content) {
		return new MockMultipartFile("file", "cijfers.csv", "text/csv", content.getBytes(StandardCharsets.UTF_8));
	}

	private static RequestPostProcessor basic(CurrentUser user) {
		return TestFixtures.api(user);
	}
}
