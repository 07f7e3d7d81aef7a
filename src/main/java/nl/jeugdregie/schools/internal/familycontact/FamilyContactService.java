package nl.jeugdregie.schools.internal.familycontact;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.schools.SchoolLocationId;
import nl.jeugdregie.schools.SchoolLocations;
import nl.jeugdregie.schools.internal.SchoolRoles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** OND-6: family contact persons, from when and on which primary schools with above-average problems. */
@Service
public class FamilyContactService {

	private final SchoolLocations locations;
	private final JdbcClient jdbc;
	private final Clock clock;

	FamilyContactService(SchoolLocations locations, JdbcClient jdbc, Clock clock) {
		this.locations = locations;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Outcome<List<FamilyContact>> list(CurrentUser user) {
		if (!SchoolRoles.READ.allows(user)) {
			return Outcome.forbidden(SchoolRoles.FORBIDDEN);
		}
		var rows = jdbc.sql("""
				select p.id, p.name, p.since, l.name as school
				from family_contact_person p
				left join family_contact_school s on s.family_contact_id = p.id
				left join school_location l on l.id = s.location_id
				where p.municipality_code = ? order by p.name, p.id, l.name""")
				.param(user.municipality().value())
				.query((rs, n) -> new Object[] { rs.getObject("id", UUID.class), rs.getString("name"),
						rs.getObject("since", LocalDate.class), rs.getString("school") })
				.list();
		var contacts = new java.util.LinkedHashMap<UUID, FamilyContact>();
		for (var row : rows) {
			var id = (UUID) row[0];
			var contact = contacts.computeIfAbsent(id,
					key -> new FamilyContact(key, (String) row[1], (LocalDate) row[2], new ArrayList<>()));
			if (row[3] != null) {
				contact.schools().add((String) row[3]);
			}
		}
		return Outcome.done(List.copyOf(contacts.values()));
	}

	@Transactional
	public Outcome<FamilyContact> add(CurrentUser user, FamilyContactDraft draft) {
		if (!SchoolRoles.KEEP_FAMILY_CONTACTS.allows(user)) {
			return Outcome.forbidden(SchoolRoles.FORBIDDEN);
		}
		var refusals = new ArrayList<Refusal>();
		if (draft.name() == null || draft.name().isBlank()) {
			refusals.add(Refusal.of("name", "schools.family.contact.name.required"));
		}
		else if (draft.name().strip().length() > 200) {
			refusals.add(Refusal.of("name", "schools.text.long", 200));
		}
		if (draft.since() == null) {
			refusals.add(Refusal.of("since", "schools.family.contact.since.required"));
		}
		if (draft.schools().isEmpty()) {
			refusals.add(Refusal.of("schools", "schools.family.contact.schools.required"));
		}
		var names = new ArrayList<String>();
		for (var school : draft.schools()) {
			var found = locations.find(user.municipality(), new SchoolLocationId(school));
			if (found.isEmpty()) {
				refusals.add(Refusal.of("schools", "schools.location.unknown"));
				continue;
			}
			new FamilyContactOnPrimarySchoolWithExtra().check(found.get()).ifPresent(refusals::add);
			names.add(found.get().name());
		}
		if (!refusals.isEmpty()) {
			return Outcome.refused(refusals);
		}
		var id = UUID.randomUUID();
		jdbc.sql("insert into family_contact_person (id, municipality_code, name, since, recorded_by) values (?, ?, ?, ?, ?)")
				.params(id, user.municipality().value(), draft.name().strip(), draft.since(), user.username()).update();
		for (var school : draft.schools().stream().distinct().toList()) {
			jdbc.sql("insert into family_contact_school (family_contact_id, location_id) values (?, ?)")
					.params(id, school).update();
		}
		return Outcome.done(new FamilyContact(id, draft.name().strip(), draft.since(), names));
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}
}
