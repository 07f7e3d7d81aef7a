package nl.jeugdregie.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 19 item 2: a change sent again – a double click, a retry, thirty at the same moment – has its effect once.
 * Every lifecycle step is sent thirty times in parallel with one Idempotency-Key; each has exactly one effect, one
 * audit row and one event (as many event publications as the same step sent once on a control request), and all
 * thirty callers get the same answer. Forms carry a one-time token to the same end.
 */
@IntegrationTest
class RepeatedSubmissionIntegrationTests {

	static final int PARALLEL = 30;

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired HelpRequestRegistration registration;
	@Autowired TriageChecklist checklists;
	@Autowired JdbcClient jdbc;

	TestFixtures.World world;
	CurrentUser professional;

	@BeforeEach
	void setUp() {
		world = fixtures.newWorld();
		professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
	}

	@Test
	@DisplayName("TOE-5, TOE-7, TOE-8: thirty parallel repeats of each lifecycle step with one Idempotency-Key have one effect, audit row and event")
	void givesEachLifecycleStepSentThirtyTimesWithOneKeyOneEffect() throws Exception {
		var request = register();
		var control = register();
		record Sent(String step, String json) {}
		var steps = List.of(new Sent("conversations", "{\"heldOn\":\"2026-10-06\"}"),
				new Sent("triage", "{\"outcome\":\"CJG_TREATMENT\",\"urgency\":\"NORMAL\",\"reason\":\"Angst thuis\",\"decidedOn\":\"2026-10-06\"}"),
				new Sent("conversations", "{\"heldOn\":\"2026-10-13\"}"),
				new Sent("specialised-care-needed", ""),
				new Sent("application", "{\"appliedOn\":\"2026-11-12\"}"),
				new Sent("closure", "{\"reason\":\"SPECIALISED_CARE_STARTED\",\"closedOn\":\"2026-11-16\"}"));
		for (var step : steps) {
			if (step.step().equals("triage")) {
				checklists.recordConcerns(new HelpRequestId(request), java.util.Map.of(), professional);
				checklists.recordConcerns(new HelpRequestId(control), java.util.Map.of(), professional);
			}
			var updatesBefore = updates(request);
			var key = UUID.randomUUID().toString();
			var responses = parallel(() -> api(request, step.step(), step.json()).header("Idempotency-Key", key));
			var once = mvc.perform(api(control, step.step(), step.json())).andReturn().getResponse();

			assertThat(responses).as(step.step()).extracting(MockHttpServletResponse::getStatus).containsOnly(200);
			assertThat(responses).as(step.step()).extracting(r -> r.getHeader("Idempotent-Replayed"))
					.filteredOn("true"::equals).hasSize(PARALLEL - 1);
			assertThat(responses.stream().map(this::body).distinct()).as(step.step()).hasSize(1);
			assertThat(once.getStatus()).as(step.step()).isEqualTo(200);
			assertThat(updates(request) - updatesBefore).as(step.step() + ": audit rows").isEqualTo(1);
			assertThat(publications(request)).as(step.step() + ": events").isEqualTo(publications(control));
		}
		assertThat(conversations(request)).isEqualTo(2);
		assertThat(state(request)).isEqualTo("CLOSED");
	}

	@Test
	@DisplayName("Issue 19: the same Idempotency-Key with another body is refused; a malformed key too; nothing is saved")
	void refusesAKeyReusedForAnotherRequest() throws Exception {
		var request = register();
		var key = UUID.randomUUID().toString();
		assertThat(mvc.perform(api(request, "conversations", "{\"heldOn\":\"2026-10-06\"}").header("Idempotency-Key", key))
				.andReturn().getResponse().getStatus()).isEqualTo(200);

		var reused = mvc.perform(api(request, "conversations", "{\"heldOn\":\"2026-10-07\"}").header("Idempotency-Key", key))
				.andReturn().getResponse();
		assertThat(reused.getStatus()).isEqualTo(422);
		assertThat(reused.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(body(reused)).contains("hoort bij een ander verzoek");
		assertThat(mvc.perform(api(request, "conversations", "{\"heldOn\":\"2026-10-07\"}").header("Idempotency-Key", "sleutel met spatie"))
				.andReturn().getResponse().getStatus()).isEqualTo(400);
		assertThat(conversations(request)).isEqualTo(1);
	}

	@Test
	@DisplayName("TOE-5: thirty parallel first conversations without a key record one conversation; the others are refused")
	void recordsOneFirstConversationOfThirtyParallelOnes() throws Exception {
		var request = register();
		var responses = parallel(() -> post("/api/v1/help-requests/{id}/first-conversation", request)
				.with(TestFixtures.api(professional))
				.contentType(MediaType.APPLICATION_JSON).content("{\"date\":\"2026-10-06\"}"));

		assertThat(responses).extracting(MockHttpServletResponse::getStatus).filteredOn(s -> s < 300).hasSize(1);
		assertThat(responses).extracting(MockHttpServletResponse::getStatus).allMatch(s -> s < 300 || s == 400 || s == 409);
		assertThat(conversations(request)).isEqualTo(1);
	}

	@Test
	@DisplayName("TOE-3: a registration form sent thirty times at once (one form, one token) registers one help request")
	void registersOneHelpRequestFromAFormSentThirtyTimes() throws Exception {
		var sessions = new ArrayList<MockHttpSession>();
		for (int i = 0; i < PARALLEL; i++) {
			sessions.add(TestFixtures.login(mvc, professional));
		}
		var token = UUID.randomUUID().toString();
		var next = new java.util.concurrent.atomic.AtomicInteger();
		var responses = parallel(() -> post("/hulpvragen").session(sessions.get(next.getAndIncrement())).with(csrf())
				.param("_idempotency", token).param("givenName", "Noor").param("familyName", "Herhaal")
				.param("dateOfBirth", "2013-03-03").param("carerName", "Anouk Herhaal").param("carerRelation", "moeder")
				.param("channel", "PHONE").param("referrer", "SCHOOL").param("question", "Vraag over school."));

		assertThat(responses).extracting(MockHttpServletResponse::getStatus).allMatch(s -> s == 302 || s == 303);
		assertThat(responses.stream().map(MockHttpServletResponse::getRedirectedUrl).distinct()).hasSize(1);
		assertThat(jdbc.sql("select count(*) from help_request where municipality_code = ? and family_name = 'Herhaal'")
				.param(world.municipality().value()).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	@DisplayName("Issue 19: every form of the application carries a fresh one-time token")
	void writesAOneTimeTokenIntoEveryForm() throws Exception {
		var session = TestFixtures.login(mvc, professional);
		var first = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/hulpvragen/nieuw")
				.session(session)).andReturn().getResponse().getContentAsString();
		var second = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/hulpvragen/nieuw")
				.session(session)).andReturn().getResponse().getContentAsString();
		var token = java.util.regex.Pattern.compile("name=\"_idempotency\" value=\"([0-9a-f-]{36})\"");
		var one = token.matcher(first);
		var two = token.matcher(second);
		assertThat(one.find()).isTrue();
		assertThat(two.find()).isTrue();
		assertThat(one.group(1)).isNotEqualTo(two.group(1));
	}

	private List<MockHttpServletResponse> parallel(Callable<MockHttpServletRequestBuilder> request) throws Exception {
		var start = new CountDownLatch(1);
		var futures = new ArrayList<Future<MockHttpServletResponse>>();
		try (var pool = Executors.newFixedThreadPool(PARALLEL)) {
			for (int i = 0; i < PARALLEL; i++) {
				// Each from its own address, as thirty devices would be: login protection budgets password checks
				// per address (ADR 0020), and this test is about repeats, not about guessing.
				var address = "10.19.2." + (i + 1);
				futures.add(pool.submit(() -> {
					var built = request.call().with(r -> {
						r.setRemoteAddr(address);
						return r;
					});
					start.await();
					return mvc.perform(built).andReturn().getResponse();
				}));
			}
			start.countDown();
			var responses = new ArrayList<MockHttpServletResponse>();
			for (var future : futures) {
				responses.add(future.get());
			}
			return responses;
		}
	}

	private MockHttpServletRequestBuilder api(UUID request, String step, String json) {
		var builder = post("/api/v1/help-requests/{id}/" + step, request)
				.with(TestFixtures.api(professional));
		return json.isEmpty() ? builder : builder.contentType(MediaType.APPLICATION_JSON).content(json);
	}

	private String body(MockHttpServletResponse response) {
		try {
			return response.getContentAsString();
		}
		catch (java.io.UnsupportedEncodingException e) {
			throw new IllegalStateException(e);
		}
	}

	private UUID register() {
		var registered = registration.register(new RegisterHelpRequest("Julia", "Kuijpers", LocalDate.of(2012, 8, 8),
				null, "Mark Kuijpers", "vader", Channel.PHONE, Referrer.GENERAL_PRACTITIONER, "Angstklachten."),
				professional, Instant.parse("2026-10-02T09:00:00Z"));
		return ((RegistrationResult.Registered) registered).id().value();
	}

	private long updates(UUID request) {
		return jdbc.sql("""
				select count(*) from audit_event
				where subject = (select 'Hulpvraag ' || number from help_request where id = ?) and action = 'UPDATE'""")
				.param(request).query(Long.class).single();
	}

	private long publications(UUID request) {
		return jdbc.sql("""
				select (select count(*) from event_publication where serialized_event like :id)
				     + (select count(*) from event_publication_archive where serialized_event like :id)""")
				.param("id", "%" + request + "%").query(Long.class).single();
	}

	private int conversations(UUID request) {
		return jdbc.sql("select count(*) from help_request_conversation where help_request_id = ?").param(request)
				.query(Integer.class).single();
	}

	private String state(UUID request) {
		return jdbc.sql("select state from help_request where id = ?").param(request).query(String.class).single();
	}
}
