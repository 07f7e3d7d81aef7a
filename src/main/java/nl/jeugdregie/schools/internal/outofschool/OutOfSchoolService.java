package nl.jeugdregie.schools.internal.outofschool;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.audit.AuditAction;
import nl.jeugdregie.audit.AuditTrail;
import nl.jeugdregie.audit.ClientFile;
import nl.jeugdregie.audit.ClientFileAccess;
import nl.jeugdregie.audit.ClientFileOpening;
import nl.jeugdregie.audit.ClientId;
import nl.jeugdregie.identity.CaseAccess;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.platform.text.Labels;
import nl.jeugdregie.schools.ChildBackAtSchool;
import nl.jeugdregie.schools.ChildOutOfSchoolRecorded;
import nl.jeugdregie.schools.HelpRequestLinks;
import nl.jeugdregie.schools.OutOfSchoolId;
import nl.jeugdregie.schools.SchoolLocationId;
import nl.jeugdregie.schools.SchoolLocations;
import nl.jeugdregie.schools.internal.SchoolRoles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * OND-7: the list of children out of school, kept by the compulsory-education officer and the CJG of the
 * municipality. It holds personal data, so every read, change and refusal is audited in the same transaction
 * (ADR 0019) and the events carry none. A linked help request is stored by id only; opening it goes through intake's
 * own access check, so the link shows nothing of the file to someone without case access.
 */
@Service
public class OutOfSchoolService {

	private static final String SELECT = """
			select c.id, c.client_id, c.given_name, c.family_name, c.date_of_birth, c.since, c.reason_category, c.location_id,
			       l.name as school_name, c.next_step, c.help_request_id, c.back_at_school_on, c.version
			from out_of_school_child c left join school_location l on l.id = c.location_id
			""";

	private final JdbcClient jdbc;
	private final SchoolLocations locations;
	private final HelpRequestLinks helpRequests;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final ClientFileOpening opening;

	OutOfSchoolService(JdbcClient jdbc, SchoolLocations locations, HelpRequestLinks helpRequests, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock, ClientFileOpening opening) {
		this.opening = opening;
		this.jdbc = jdbc;
		this.locations = locations;
		this.helpRequests = helpRequests;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** The open entries, longest out of school first; one audited read of the list. */
	@Transactional
	public Outcome<List<OutOfSchoolEntry>> list(CurrentUser user) {
		if (!SchoolRoles.KEEP_OUT_OF_SCHOOL.allows(user)) {
			audit.record(new ClientFileAccess(user, null, "thuiszitters", AuditAction.REFUSED,
					"Lijst thuiszitters geweigerd: rol " + user.role().dutchName(), null));
			return Outcome.forbidden(SchoolRoles.FORBIDDEN);
		}
		var entries = jdbc.sql(SELECT + " where c.municipality_code = ? and c.back_at_school_on is null order by c.since, c.id")
				.param(user.municipality().value()).query(OutOfSchoolService::map).list();
		audit.record(new ClientFileAccess(user, null, "thuiszitters", AuditAction.READ,
				"Lijst thuiszitters ingezien (" + entries.size() + ")", null));
		return Outcome.done(entries);
	}

	@Transactional
	public Outcome<OutOfSchoolEntry> entry(CurrentUser user, OutOfSchoolId id) {
		var found = jdbc.sql(SELECT + " where c.municipality_code = ? and c.id = ?")
				.params(user.municipality().value(), id.value()).query(OutOfSchoolService::map).optional();
		if (found.isEmpty()) {
			return Outcome.notFound();
		}
		// Found in the user's municipality; only the roles that keep the list open an entry (SEC-2).
		var file = ClientFile.of(new ClientId(found.get().client()), subject(id), user.municipality());
		CaseAccess access = SchoolRoles.KEEP_OUT_OF_SCHOOL.allows(user) ? new CaseAccess.WithinCaseload()
				: new CaseAccess.RoleNotAllowed();
		var refusal = ClientFileOpening.RefusalText.of("Thuiszitter geweigerd: rol " + user.role().dutchName(), subject(id))
				.role(SchoolRoles.FORBIDDEN);
		return switch (opening.decide(file, user, access, refusal)) {
			case Outcome.Done<ClientFile> _ -> {
				opening.recordRead(file, user, "Thuiszitter ingezien");
				yield Outcome.done(found.get());
			}
			case Outcome.NotFound<ClientFile> _ -> Outcome.notFound();
			case Outcome.Forbidden<ClientFile>(var code) -> Outcome.forbidden(code);
			case Outcome.Refused<ClientFile> _, Outcome.Stale<ClientFile> _ ->
					throw new IllegalStateException("Opening a file refuses nothing and is never stale");
		};
	}

	@Transactional
	public Outcome<OutOfSchoolEntry> record(CurrentUser user, OutOfSchoolDraft draft) {
		if (!SchoolRoles.KEEP_OUT_OF_SCHOOL.allows(user)) {
			return Outcome.forbidden(SchoolRoles.FORBIDDEN);
		}
		var refusals = new java.util.ArrayList<>(OutOfSchoolPolicy.check(draft, today(),
				request -> helpRequests.isHeldBy(user.municipality(), request)));
		if (draft.school() != null && locations.find(user.municipality(), new SchoolLocationId(draft.school())).isEmpty()) {
			refusals.add(Refusal.of("school", "schools.location.unknown"));
		}
		if (!refusals.isEmpty()) {
			return Outcome.refused(refusals);
		}
		var id = OutOfSchoolId.random();
		var client = ClientId.random();
		jdbc.sql("""
				insert into out_of_school_child (id, client_id, municipality_code, given_name, family_name, date_of_birth,
				    since, reason_category, location_id, next_step, help_request_id, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id.value(), client.value(), user.municipality().value(), draft.givenName().strip(),
						draft.familyName().strip(), draft.dateOfBirth(), draft.since(), draft.reason().name(), draft.school(),
						draft.nextStep().strip(), draft.helpRequest(), user.username(), java.sql.Timestamp.from(Instant.now(clock)))
				.update();
		events.publishEvent(new ChildOutOfSchoolRecorded(id, user.municipality(), draft.since()));
		audit.record(ClientFileAccess.created(user, client, subject(id), Labels.text("text.schools.outOfSchool.listed")));
		return Outcome.done(jdbc.sql(SELECT + " where c.id = ?").param(id.value()).query(OutOfSchoolService::map).single());
	}

	/** The child goes to school again: the entry leaves the list (kept for the counts). */
	@Transactional
	public Outcome<OutOfSchoolEntry> backAtSchool(CurrentUser user, OutOfSchoolId id, long version,
			@org.jspecify.annotations.Nullable LocalDate on) {
		if (!SchoolRoles.KEEP_OUT_OF_SCHOOL.allows(user)) {
			return Outcome.forbidden(SchoolRoles.FORBIDDEN);
		}
		var found = jdbc.sql(SELECT + " where c.municipality_code = ? and c.id = ? for update of c")
				.params(user.municipality().value(), id.value()).query(OutOfSchoolService::map).optional();
		if (found.isEmpty()) {
			return Outcome.notFound();
		}
		var entry = found.get();
		if (on == null) {
			return Outcome.refused(Refusal.of("backOn", "schools.out.back.required"));
		}
		if (on.isAfter(today()) || on.isBefore(entry.since())) {
			return Outcome.refused(Refusal.of("backOn", "schools.out.back.range"));
		}
		if (!entry.open()) {
			return Outcome.refused(Refusal.of("backOn", "schools.out.back.already"));
		}
		if (entry.version() != version) {
			return Outcome.stale(entry.version());
		}
		jdbc.sql("update out_of_school_child set back_at_school_on = ?, version = version + 1 where id = ?")
				.params(on, id.value()).update();
		events.publishEvent(new ChildBackAtSchool(id, user.municipality(), entry.since(), on));
		audit.record(ClientFileAccess.updated(user, new ClientId(entry.client()), subject(id),
				Labels.text("text.schools.outOfSchool.backAtSchool")));
		return Outcome.done(jdbc.sql(SELECT + " where c.id = ?").param(id.value()).query(OutOfSchoolService::map).single());
	}

	private static String subject(OutOfSchoolId id) {
		return "thuiszitter:" + id;
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private static OutOfSchoolEntry map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new OutOfSchoolEntry(new OutOfSchoolId(rs.getObject("id", UUID.class)), rs.getObject("client_id", UUID.class),
				rs.getString("given_name"), rs.getString("family_name"), rs.getObject("date_of_birth", LocalDate.class),
				rs.getObject("since", LocalDate.class), ReasonCategory.valueOf(rs.getString("reason_category")),
				rs.getObject("location_id", UUID.class), rs.getString("school_name"), rs.getString("next_step"),
				rs.getObject("help_request_id", UUID.class), rs.getObject("back_at_school_on", LocalDate.class),
				rs.getLong("version"));
	}
}
