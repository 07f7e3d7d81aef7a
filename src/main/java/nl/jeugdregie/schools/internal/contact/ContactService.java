package nl.jeugdregie.schools.internal.contact;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.Teams;
import nl.jeugdregie.identity.UserAccounts;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.schools.SchoolLocationId;
import nl.jeugdregie.schools.internal.SchoolRoles;
import nl.jeugdregie.schools.internal.location.LocationRecords;
import nl.jeugdregie.schools.internal.location.SchoolLocation;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * OND-4: the OCP and stand-in of each location, their dated absences, and who covers a location today. The team
 * lead keeps them; everyone who reads locations sees the cover.
 */
@Service
public class ContactService {

	private final LocationRecords locations;
	private final UserAccounts accounts;
	private final Teams teams;
	private final JdbcClient jdbc;
	private final Clock clock;

	ContactService(LocationRecords locations, UserAccounts accounts, Teams teams, JdbcClient jdbc, Clock clock) {
		this.locations = locations;
		this.accounts = accounts;
		this.teams = teams;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A location with who covers it today. */
	public record Covered(SchoolLocation location, Cover cover) {}


	public Cover coverOf(SchoolLocation location) {
		return Cover.of(location.ocp(), location.standIn(), absentOn(location.municipality(), today()));
	}

	/** Every location of the municipality with its cover today. */
	public List<Covered> covered(MunicipalityCode municipality) {
		var absent = absentOn(municipality, today());
		return locations.ofMunicipality(municipality).stream()
				.map(location -> new Covered(location, Cover.of(location.ocp(), location.standIn(), absent))).toList();
	}

	/** OND-4: the locations nobody covers today, so the school contacts the CJG directly. */
	public Outcome<List<Covered>> withoutCover(CurrentUser user) {
		if (!SchoolRoles.READ.allows(user)) {
			return Outcome.forbidden(SchoolRoles.FORBIDDEN);
		}
		return Outcome.done(covered(user.municipality()).stream().filter(c -> !c.cover().covered()).toList());
	}

	/** The CJG staff who can be OCP or stand-in: case workers of the municipality's teams. */
	public List<CurrentUser> candidates(MunicipalityCode municipality) {
		var all = new ArrayList<CurrentUser>();
		for (var team : teams.ofMunicipality(municipality)) {
			all.addAll(accounts.ofTeam(team.id()).stream().filter(user -> user.role().worksOnCases()).toList());
		}
		all.sort(Comparator.comparing(CurrentUser::displayName));
		return all;
	}

	@Transactional
	public Outcome<SchoolLocation> assign(CurrentUser user, SchoolLocationId id, long version, @Nullable String ocp,
			@Nullable String standIn) {
		if (!SchoolRoles.KEEP_COVER.allows(user)) {
			return Outcome.forbidden(SchoolRoles.FORBIDDEN);
		}
		var found = locations.claim(user.municipality(), id);
		if (found.isEmpty()) {
			return Outcome.notFound();
		}
		var theOcp = blankToNull(ocp);
		var theStandIn = blankToNull(standIn);
		var refusals = new ArrayList<Refusal>();
		if (theOcp != null) {
			new ContactPersonIsCjgStaff("ocp", user.municipality(), accounts::find).check(theOcp).ifPresent(refusals::add);
		}
		if (theStandIn != null) {
			new ContactPersonIsCjgStaff("standIn", user.municipality(), accounts::find).check(theStandIn)
					.ifPresent(refusals::add);
			if (theStandIn.equals(theOcp)) {
				refusals.add(Refusal.of("standIn", "schools.contact.stand.in.same"));
			}
		}
		if (!refusals.isEmpty()) {
			return Outcome.refused(refusals);
		}
		if (found.get().version() != version) {
			return Outcome.stale(found.get().version());
		}
		locations.changeContactPersons(id, theOcp, theStandIn);
		return Outcome.done(locations.find(user.municipality(), id).orElseThrow());
	}

	@Transactional
	public Outcome<Absence> recordAbsence(CurrentUser user, AbsenceDraft draft) {
		if (!SchoolRoles.KEEP_COVER.allows(user)) {
			return Outcome.forbidden(SchoolRoles.FORBIDDEN);
		}
		var refusals = new ArrayList<Refusal>();
		var username = blankToNull(draft.username());
		if (username == null) {
			refusals.add(Refusal.of("username", "schools.absence.person.required"));
		}
		else {
			new ContactPersonIsCjgStaff("username", user.municipality(), accounts::find).check(username)
					.ifPresent(refusals::add);
		}
		new AbsenceEndsAfterStart().check(draft).ifPresent(refusals::add);
		if (!refusals.isEmpty()) {
			return Outcome.refused(refusals);
		}
		var absence = new Absence(UUID.randomUUID(), username, draft.firstDay(), draft.lastDay());
		jdbc.sql("""
				insert into ocp_absence (id, municipality_code, username, first_day, last_day, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
				.params(absence.id(), user.municipality().value(), absence.username(), absence.firstDay(),
						absence.lastDay(), user.username(), java.sql.Timestamp.from(Instant.now(clock)))
				.update();
		return Outcome.done(absence);
	}

	/** Absences that have not ended yet, soonest first. */
	public Outcome<List<Absence>> currentAbsences(CurrentUser user) {
		if (!SchoolRoles.READ.allows(user)) {
			return Outcome.forbidden(SchoolRoles.FORBIDDEN);
		}
		return Outcome.done(jdbc.sql("""
				select id, username, first_day, last_day from ocp_absence
				where municipality_code = ? and last_day >= ? order by first_day, username""")
				.params(user.municipality().value(), today())
				.query((rs, row) -> new Absence(rs.getObject("id", UUID.class), rs.getString("username"),
						rs.getObject("first_day", LocalDate.class), rs.getObject("last_day", LocalDate.class)))
				.list());
	}

	Optional<SchoolLocation> location(CurrentUser user, SchoolLocationId id) {
		return locations.find(user.municipality(), id);
	}

	private Set<String> absentOn(MunicipalityCode municipality, LocalDate day) {
		return new HashSet<>(jdbc.sql("""
				select distinct username from ocp_absence where municipality_code = ? and first_day <= ? and last_day >= ?""")
				.params(municipality.value(), day, day).query(String.class).list());
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
