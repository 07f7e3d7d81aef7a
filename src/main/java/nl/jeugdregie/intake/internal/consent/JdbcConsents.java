package nl.jeugdregie.intake.internal.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.intake.HelpRequestId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores consents and the feedback sent to referrers. */
@Repository
class JdbcConsents {

	private final JdbcClient jdbc;

	JdbcConsents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Consent> of(HelpRequestId request) {
		return jdbc.sql("""
				select id, purpose, given_by, given_on, recorded_by, withdrawn_on, withdrawn_by
				from help_request_consent where help_request_id = ? order by given_on, id""")
				.param(request.value())
				.query((rs, n) -> new Consent(rs.getObject("id", UUID.class), ConsentPurpose.valueOf(rs.getString("purpose")),
						ConsentGiver.valueOf(rs.getString("given_by")), rs.getObject("given_on", LocalDate.class),
						rs.getString("recorded_by"), rs.getObject("withdrawn_on", LocalDate.class), rs.getString("withdrawn_by")))
				.list();
	}

	void insert(HelpRequestId request, Consent consent) {
		jdbc.sql("""
				insert into help_request_consent (id, help_request_id, purpose, given_by, given_on, recorded_by)
				values (?, ?, ?, ?, ?, ?)""")
				.params(consent.id(), request.value(), consent.purpose().name(), consent.givenBy().name(), consent.givenOn(),
						consent.recordedBy())
				.update();
	}

	/** Withdraws a consent that is not yet withdrawn; false when it was (a concurrent withdrawal). */
	boolean withdraw(HelpRequestId request, UUID consent, LocalDate on, String by) {
		return jdbc.sql("""
				update help_request_consent set withdrawn_on = ?, withdrawn_by = ?
				where id = ? and help_request_id = ? and withdrawn_on is null""")
				.params(on, by, consent, request.value())
				.update() == 1;
	}

	List<SentFeedback> feedback(HelpRequestId request) {
		return jdbc.sql("""
				select kind, sent_on, sent_by, letter from help_request_feedback where help_request_id = ? order by id""")
				.param(request.value())
				.query((rs, n) -> new SentFeedback(FeedbackKind.valueOf(rs.getString("kind")),
						rs.getObject("sent_on", LocalDate.class), rs.getString("sent_by"), rs.getString("letter")))
				.list();
	}

	void insert(HelpRequestId request, SentFeedback feedback, Instant now) {
		jdbc.sql("""
				insert into help_request_feedback (help_request_id, kind, sent_on, sent_by, letter, recorded_at)
				values (?, ?, ?, ?, ?, ?)""")
				.params(request.value(), feedback.kind().name(), feedback.sentOn(), feedback.sentBy(), feedback.letter(),
						now.atOffset(ZoneOffset.UTC))
				.update();
	}
}
