package nl.jeugdregie.monitoring.internal.registrations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.TeamId;
import nl.jeugdregie.intake.Channel;
import nl.jeugdregie.intake.Crisis;
import nl.jeugdregie.intake.HelpRequestId;
import nl.jeugdregie.intake.HelpRequestRegistered;
import nl.jeugdregie.intake.Referrer;
import nl.jeugdregie.intake.RequestType;
import nl.jeugdregie.schools.SchoolLocationId;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Monitoring's registration inbox (issue 19 P1, ADR 0057): a registration is written here, one typed row, in the
 * registering transaction itself, at the moment intake publishes it (before the case number is drawn, so outside the
 * part that holds the municipality's series locked). It commits or rolls back with the registration: no event
 * publication, no JSON, no listener transaction per registration. {@link RegistrationFolding} takes the rows in
 * batches and applies them. After the registering transaction commits, the fold is nudged, so the dashboard follows
 * within a fraction of a second.
 */
@Component
class RegistrationInbox {

	private static final String ADD = """
			insert into monitoring_registration_inbox (help_request_id, municipality, team_id, registered_on,
			    treatment_deadline, channel, referrer, crisis, request_type, age_at_registration, earlier_request_id,
			    school_location_id)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	/**
	 * Takes (deletes and returns) the oldest rows no other fold holds; they are gone exactly when the taking
	 * transaction commits, so a batch is applied once or stays for the next fold.
	 */
	private static final String TAKE = """
			delete from monitoring_registration_inbox
			where id in (select id from monitoring_registration_inbox order by id limit ? for update skip locked)
			returning id, help_request_id, municipality, team_id, registered_on, treatment_deadline, channel, referrer,
			    crisis, request_type, age_at_registration, earlier_request_id, school_location_id""";

	private record Row(long id, HelpRequestRegistered event) {}

	private final JdbcClient jdbc;
	private final BlockingQueue<Boolean> nudges = new ArrayBlockingQueue<>(1);

	RegistrationInbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Synchronous, in the publishing (registering) transaction. */
	@EventListener
	void on(HelpRequestRegistered e) {
		jdbc.sql(ADD).params(e.helpRequest().value(), e.municipality().value(), e.team().value(), e.registeredOn(),
				e.treatmentDeadline(), e.channel().name(), e.referrer().name(), e.crisis().name(), e.type().name(),
				e.ageAtRegistration(), e.earlierRequest() == null ? null : e.earlierRequest().value(),
				e.schoolLocation() == null ? null : e.schoolLocation().value()).update();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					nudge();
				}
			});
		} else {
			nudge();
		}
	}

	/** Wakes the fold; nudges while it is busy count as one. */
	void nudge() {
		nudges.offer(Boolean.TRUE);
	}

	/** Waits for a nudge or the timeout, whichever comes first. */
	void awaitNudge(Duration timeout) throws InterruptedException {
		nudges.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
	}

	/** Takes up to {@code max} registrations, oldest first; must run in the transaction that applies them. */
	List<HelpRequestRegistered> take(int max) {
		return jdbc.sql(TAKE).param(max).query(RegistrationInbox::row).list().stream()
				.sorted(Comparator.comparingLong(Row::id)).map(Row::event).toList();
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		var earlier = rs.getObject("earlier_request_id", UUID.class);
		var school = rs.getObject("school_location_id", UUID.class);
		return new Row(rs.getLong("id"), new HelpRequestRegistered(
				new HelpRequestId(rs.getObject("help_request_id", UUID.class)),
				new MunicipalityCode(rs.getString("municipality")), new TeamId(rs.getObject("team_id", UUID.class)),
				rs.getObject("registered_on", LocalDate.class), rs.getObject("treatment_deadline", LocalDate.class),
				Channel.valueOf(rs.getString("channel")), Referrer.valueOf(rs.getString("referrer")),
				Crisis.valueOf(rs.getString("crisis")), RequestType.valueOf(rs.getString("request_type")),
				rs.getInt("age_at_registration"), earlier == null ? null : new HelpRequestId(earlier),
				school == null ? null : new SchoolLocationId(school)));
	}
}
