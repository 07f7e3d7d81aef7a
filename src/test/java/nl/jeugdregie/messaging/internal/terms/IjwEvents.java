package nl.jeugdregie.messaging.internal.terms;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.messaging.IjwMessageExchanged;
import nl.jeugdregie.messaging.IjwMessageExchanged.Direction;
import nl.jeugdregie.messaging.IjwMessageExchanged.Outcome;
import nl.jeugdregie.messaging.IjwMessageExchanged.RequestAnswer;
import nl.jeugdregie.messaging.IjwMessageType;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes {@link IjwMessageExchanged} straight into the application, as the message pipeline will, so the terms can be
 * tested on hand-made messages with exact times; then waits until the terms' listener has handled them.
 */
record IjwEvents(ApplicationEventPublisher events, TransactionTemplate transactions, JdbcClient jdbc,
		MunicipalityCode municipality) {

	IjwMessageExchanged sent(IjwMessageType type, String reference, String agb, String at, @Nullable String answers) {
		return publish(new IjwMessageExchanged(municipality, Direction.SENT, type, reference, agb, answers, null,
				Instant.parse(at), Outcome.ACCEPTED));
	}

	IjwMessageExchanged received(IjwMessageType type, String reference, String agb, String at, @Nullable String answers) {
		return publish(new IjwMessageExchanged(municipality, Direction.RECEIVED, type, reference, agb, answers, null,
				Instant.parse(at), Outcome.ACCEPTED));
	}

	IjwMessageExchanged care(IjwMessageType type, String reference, String agb, String at, String careDate) {
		return publish(new IjwMessageExchanged(municipality, Direction.RECEIVED, type, reference, agb, null,
				LocalDate.parse(careDate), Instant.parse(at), Outcome.ACCEPTED));
	}

	IjwMessageExchanged answer(String reference, String agb, String at, String request, RequestAnswer answer) {
		return publish(new IjwMessageExchanged(municipality, Direction.SENT, IjwMessageType.JW319, reference, agb, request,
				null, Instant.parse(at), Outcome.ACCEPTED, answer));
	}

	IjwMessageExchanged publish(IjwMessageExchanged event) {
		transactions.executeWithoutResult(status -> events.publishEvent(event));
		return event;
	}

	/** The terms' listener handles events asynchronously after each commit: wait until it has handled them all. */
	void awaitHandled() {
		await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
				select count(*) from event_publication where listener_id like '%TermProjection%' and completion_date is null""")
				.query(Long.class).single() == 0);
	}

	/** A provider in the municipality's list with its account linked, through the allocation API. */
	static void provider(MockMvc mvc, CurrentUser keeper, CurrentUser administrator, CurrentUser account, String name,
			String agb) throws Exception {
		var created = mvc.perform(post("/api/v1/allocation/providers").with(TestFixtures.api(keeper))
				.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"%s\",\"agbCode\":\"%s\"}".formatted(name, agb)))
				.andReturn().getResponse();
		if (created.getStatus() != 201) {
			throw new IllegalStateException("Provider not created: " + created.getContentAsString());
		}
		String id = com.jayway.jsonpath.JsonPath.read(created.getContentAsString(), "$.id");
		var linked = mvc.perform(post("/api/v1/allocation/providers/{id}/accounts", id)
				.with(TestFixtures.api(administrator)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"%s\"}".formatted(account.username()))).andReturn().getResponse();
		if (linked.getStatus() >= 300) {
			throw new IllegalStateException("Account not linked: " + linked.getContentAsString());
		}
	}
}
