package nl.jeugdregie.audit;

import java.time.Instant;
import java.time.LocalDate;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.TestFixtures.World;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.intake.Channel;
import nl.jeugdregie.intake.HelpRequestId;
import nl.jeugdregie.intake.HelpRequestRegistration;
import nl.jeugdregie.intake.Referrer;
import nl.jeugdregie.intake.RegisterHelpRequest;
import nl.jeugdregie.intake.RegistrationResult;
import nl.jeugdregie.intake.internal.file.ReasonedFileReads;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A municipality for the break-the-glass tests (SEC-2): a help request held by team Noord, its lead and
 * professional, a professional of team Zuid who reads it with a reason, and the privacy officer.
 */
final class BreakTheGlassWorld {

	static final String BSN = "123456782";
	static final String REASON = "Waarneming tijdens de vakantie van de collega";

	final World world;
	final CurrentUser lead;
	final CurrentUser professional;
	final CurrentUser colleague;
	final CurrentUser otherLead;
	final CurrentUser privacyOfficer;
	final HelpRequestId request;
	final String number;
	private final ReasonedFileReads reads;
	private final JdbcClient jdbc;

	BreakTheGlassWorld(TestFixtures fixtures, HelpRequestRegistration registration, ReasonedFileReads reads,
			JdbcClient jdbc) {
		this.reads = reads;
		this.jdbc = jdbc;
		world = fixtures.newWorld();
		lead = fixtures.user(Role.TEAM_LEAD, world.municipality(), world.team());
		professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		colleague = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.otherTeam());
		otherLead = fixtures.user(Role.TEAM_LEAD, world.municipality(), world.otherTeam());
		privacyOfficer = fixtures.user(Role.PRIVACY_OFFICER, world.municipality(), null);
		var registered = (RegistrationResult.Registered) registration.register(new RegisterHelpRequest("Noor", "Visser",
				LocalDate.of(2015, 4, 2), BSN, null, null, Channel.PHONE, Referrer.PARENT, "Vraag over opvoeding."),
				professional, Instant.parse("2026-11-10T09:00:00Z"));
		request = registered.id();
		number = registered.number();
	}

	/** The colleague of team Zuid opens the file with a reason; the id of the review item it made. */
	long readWithReason() {
		return readWithReason(colleague, REASON);
	}

	long readWithReason(CurrentUser reader, String reason) {
		if (!reads.open(request, reader, reason)) {
			throw new IllegalStateException("The read with a reason was refused");
		}
		return jdbc.sql("select max(audit_event_id) from access_review where team_id = ?").param(world.team().id().value())
				.query(Long.class).single();
	}

	/** The stored review items of team Noord. */
	long reviewItems() {
		return jdbc.sql("select count(*) from access_review where team_id = ?").param(world.team().id().value())
				.query(Long.class).single();
	}

	/** Places an item's read {@code days} back: the clock stands still in tests (16 November 2026). */
	void readDaysAgo(long item, int days) {
		jdbc.sql("update access_review set read_at = read_at - make_interval(days => ?) where audit_event_id = ?")
				.params(days, item).update();
	}

	long auditRows(AuditAction action) {
		return jdbc.sql("select count(*) from audit_event where municipality_code = ? and action = ?")
				.params(world.municipality().value(), action.name()).query(Long.class).single();
	}
}
