package nl.jeugdregie.schools.internal.zat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.schools.SchoolLocationId;
import nl.jeugdregie.schools.internal.SchoolRoles;
import nl.jeugdregie.schools.internal.location.LocationRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** OND-4: ZAT meetings per location, with whether the OCP took part; one the OCP joined counts as a contact (OND-2). */
@Service
public class ZatService {

	private final LocationRecords locations;
	private final JdbcClient jdbc;
	private final Clock clock;

	ZatService(LocationRecords locations, JdbcClient jdbc, Clock clock) {
		this.locations = locations;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public Outcome<ZatMeeting> record(CurrentUser user, SchoolLocationId id, ZatDraft draft) {
		if (!SchoolRoles.RECORD_CONTACT.allows(user)) {
			return Outcome.forbidden(SchoolRoles.FORBIDDEN);
		}
		if (locations.find(user.municipality(), id).isEmpty()) {
			return Outcome.notFound();
		}
		var refusals = ZatMeetingHeld.check(draft, LocalDate.now(clock));
		if (!refusals.isEmpty()) {
			return Outcome.refused(refusals);
		}
		var meeting = new ZatMeeting(UUID.randomUUID(), id.value(), draft.heldOn(), draft.ocpTookPart(), user.username());
		jdbc.sql("""
				insert into zat_meeting (id, location_id, municipality_code, held_on, ocp_took_part, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
				.params(meeting.id(), meeting.location(), user.municipality().value(), meeting.heldOn(),
						meeting.ocpTookPart(), user.username(), java.sql.Timestamp.from(Instant.now(clock)))
				.update();
		return Outcome.done(meeting);
	}

	public Outcome<List<ZatMeeting>> meetings(CurrentUser user, SchoolLocationId id) {
		if (!SchoolRoles.READ.allows(user)) {
			return Outcome.forbidden(SchoolRoles.FORBIDDEN);
		}
		if (locations.find(user.municipality(), id).isEmpty()) {
			return Outcome.notFound();
		}
		return Outcome.done(jdbc.sql("""
				select id, location_id, held_on, ocp_took_part, recorded_by from zat_meeting
				where location_id = ? order by held_on desc, recorded_at desc limit 50""")
				.param(id.value())
				.query((rs, row) -> new ZatMeeting(rs.getObject("id", UUID.class), rs.getObject("location_id", UUID.class),
						rs.getObject("held_on", LocalDate.class), rs.getBoolean("ocp_took_part"), rs.getString("recorded_by")))
				.list());
	}
}
