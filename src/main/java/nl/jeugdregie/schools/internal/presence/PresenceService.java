package nl.jeugdregie.schools.internal.presence;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.schools.SchoolLocationId;
import nl.jeugdregie.schools.internal.SchoolRoles;
import nl.jeugdregie.schools.internal.location.LocationRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** OND-2: OCPs record visits and contacts; the worklist shows the locations behind their presence norm. */
@Service
public class PresenceService {

	private final LocationRecords locations;
	private final PresenceNorms norms;
	private final JdbcClient jdbc;
	private final Clock clock;

	PresenceService(LocationRecords locations, PresenceNorms norms, JdbcClient jdbc, Clock clock) {
		this.locations = locations;
		this.norms = norms;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public Outcome<Visit> record(CurrentUser user, SchoolLocationId id, VisitDraft draft) {
		if (!SchoolRoles.RECORD_CONTACT.allows(user)) {
			return Outcome.forbidden(SchoolRoles.FORBIDDEN);
		}
		if (locations.find(user.municipality(), id).isEmpty()) {
			return Outcome.notFound();
		}
		var refusals = new ArrayList<Refusal>();
		new VisitKindChosen().check(draft).ifPresent(refusals::add);
		new VisitNotInFuture(today()).check(draft).ifPresent(refusals::add);
		if (!refusals.isEmpty()) {
			return Outcome.refused(refusals);
		}
		var visit = new Visit(UUID.randomUUID(), id.value(), draft.date(), draft.kind(), user.username());
		jdbc.sql("""
				insert into school_contact (id, location_id, municipality_code, contact_on, kind, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
				.params(visit.id(), visit.location(), user.municipality().value(), visit.date(), visit.kind().name(),
						user.username(), java.sql.Timestamp.from(Instant.now(clock)))
				.update();
		return Outcome.done(visit);
	}

	public Outcome<List<Visit>> visits(CurrentUser user, SchoolLocationId id) {
		if (!SchoolRoles.READ.allows(user)) {
			return Outcome.forbidden(SchoolRoles.FORBIDDEN);
		}
		if (locations.find(user.municipality(), id).isEmpty()) {
			return Outcome.notFound();
		}
		return Outcome.done(jdbc.sql("""
				select id, location_id, contact_on, kind, recorded_by from school_contact
				where location_id = ? order by contact_on desc, recorded_at desc limit 50""")
				.param(id.value())
				.query((rs, row) -> new Visit(rs.getObject("id", UUID.class), rs.getObject("location_id", UUID.class),
						rs.getObject("contact_on", LocalDate.class), ContactKind.valueOf(rs.getString("kind")),
						rs.getString("recorded_by")))
				.list());
	}

	/** The norms in force today for the user's municipality. */
	public Map<NormSubject, PresenceNorm> normsToday(MunicipalityCode municipality) {
		return norms.inEffect(municipality, today());
	}

	/** OND-2: the locations behind their norm today, those without any contact first, then the longest ago. */
	public Outcome<List<BehindNorm>> worklist(CurrentUser user) {
		if (!SchoolRoles.RECORD_CONTACT.allows(user)) {
			return Outcome.forbidden(SchoolRoles.FORBIDDEN);
		}
		var today = today();
		var inForce = norms.inEffect(user.municipality(), today);
		var contacts = contactsSince(user.municipality(), today.minusMonths(3));
		var behind = new ArrayList<BehindNorm>();
		for (var location : locations.ofMunicipality(user.municipality())) {
			var own = contacts.getOrDefault(location.id().value(), List.of());
			var shortfalls = PresenceRule.shortfalls(location, inForce, own, today);
			if (!shortfalls.isEmpty()) {
				behind.add(new BehindNorm(location, shortfalls,
						own.stream().map(PresenceRule.Contact::date).max(Comparator.naturalOrder()).orElse(null)));
			}
		}
		behind.sort(Comparator.comparing((BehindNorm b) -> Optional.ofNullable(b.lastContact()).orElse(LocalDate.MIN))
				.thenComparing(b -> b.location().name()));
		return Outcome.done(behind);
	}

	/** Contacts per location: recorded visits and ZAT meetings the OCP took part in. */
	private Map<UUID, List<PresenceRule.Contact>> contactsSince(MunicipalityCode municipality, LocalDate from) {
		var contacts = new HashMap<UUID, List<PresenceRule.Contact>>();
		jdbc.sql("""
				select location_id, contact_on, kind from school_contact where municipality_code = ? and contact_on >= ?
				union all
				select location_id, held_on, 'ZAT_MEETING' from zat_meeting
				where municipality_code = ? and held_on >= ? and ocp_took_part""")
				.params(municipality.value(), from, municipality.value(), from)
				.query((rs, row) -> {
					contacts.computeIfAbsent(rs.getObject(1, UUID.class), key -> new ArrayList<>())
							.add(new PresenceRule.Contact(rs.getObject(2, LocalDate.class), ContactKind.valueOf(rs.getString(3))));
					return 0;
				}).list();
		return contacts;
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}
}
