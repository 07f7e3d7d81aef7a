package nl.jeugdregie.schools.internal.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.NewUserAccount;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.identity.Teams;
import nl.jeugdregie.identity.UserAccounts;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.startup.StartupTask;
import nl.jeugdregie.schools.ConnectionType;
import nl.jeugdregie.schools.SchoolType;
import nl.jeugdregie.schools.internal.contact.AbsenceDraft;
import nl.jeugdregie.schools.internal.contact.ContactService;
import nl.jeugdregie.schools.internal.familycontact.FamilyContactDraft;
import nl.jeugdregie.schools.internal.familycontact.FamilyContactService;
import nl.jeugdregie.schools.internal.location.LocationRecords;
import nl.jeugdregie.schools.internal.outofschool.OutOfSchoolDraft;
import nl.jeugdregie.schools.internal.outofschool.OutOfSchoolService;
import nl.jeugdregie.schools.internal.outofschool.ReasonCategory;
import nl.jeugdregie.schools.internal.presence.ContactKind;
import nl.jeugdregie.schools.internal.presence.PresenceService;
import nl.jeugdregie.schools.internal.presence.VisitDraft;
import nl.jeugdregie.schools.internal.zat.ZatDraft;
import nl.jeugdregie.schools.internal.zat.ZatService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The schools demo for gemeente Oss, after the teams and users exist: the demo users {@code ocp} (a youth
 * professional acting as OCP) and {@code leerplicht} (compulsory-education officer); an OCP and stand-in per location;
 * an ill OCP with two locations left without cover; visits and ZAT meetings, with a few locations behind their norm;
 * two family contact persons; three children out of school. All through the services, as users would.
 */
@Component
@Profile("demo")
@Order(6)
class SchoolsDemoData implements StartupTask {

	static final String PASSWORD = "jeugdregie-demo";
	private static final Logger LOG = LoggerFactory.getLogger(SchoolsDemoData.class);

	private final UserAccounts accounts;
	private final Teams teams;
	private final LocationRecords locations;
	private final ContactService contacts;
	private final PresenceService presence;
	private final ZatService zat;
	private final FamilyContactService familyContacts;
	private final OutOfSchoolService outOfSchool;
	private final Clock clock;

	SchoolsDemoData(UserAccounts accounts, Teams teams, LocationRecords locations, ContactService contacts,
			PresenceService presence, ZatService zat, FamilyContactService familyContacts, OutOfSchoolService outOfSchool,
			Clock clock) {
		this.accounts = accounts;
		this.teams = teams;
		this.locations = locations;
		this.contacts = contacts;
		this.presence = presence;
		this.zat = zat;
		this.familyContacts = familyContacts;
		this.outOfSchool = outOfSchool;
		this.clock = clock;
	}

	@Override
	public void start() {
		var oss = SchoolLocationsDemoData.OSS;
		var north = teams.ofMunicipality(oss).stream().filter(team -> team.name().equals("CJG Oss Noord")).findFirst();
		if (north.isEmpty() || accounts.exists("ocp")) {
			return;
		}
		var ocp = accounts.create(new NewUserAccount("ocp", PASSWORD, "Anouk van Schijndel", Role.YOUTH_PROFESSIONAL, oss,
				north.get().id()));
		var officer = accounts.create(new NewUserAccount("leerplicht", PASSWORD, "Marloes Bosch",
				Role.COMPULSORY_EDUCATION_OFFICER, oss, null));
		var lead = accounts.find("teamleider").orElseThrow();
		var staff = new ArrayList<CurrentUser>();
		staff.add(ocp);
		for (var name : List.of("professional", "professional.noord.2", "professional.centrum.1", "professional.zuid.1",
				"professional.zuid.2")) {
			accounts.find(name).ifPresent(staff::add);
		}
		var today = LocalDate.now(clock);
		var all = locations.ofMunicipality(oss);
		var ill = staff.size() > 4 ? staff.get(4) : null;
		var withoutStandIn = 0;
		for (var i = 0; i < all.size(); i++) {
			var location = all.get(i);
			var theOcp = staff.get(i % staff.size());
			String standIn = staff.get((i + 1) % staff.size()).username();
			// Continuity (OND-4): two locations of the ill OCP have no stand-in, so their school calls the CJG directly.
			if (theOcp.equals(ill) && withoutStandIn < 2) {
				standIn = null;
				withoutStandIn++;
			}
			contacts.assign(lead, location.id(), location.version(), theOcp.username(), standIn);
			// OND-2: most locations meet their norm; every ninth has not been visited for two months.
			var behind = i % 9 == 5;
			var weekly = location.type() != SchoolType.PRIMARY && location.type() != SchoolType.CHILDCARE;
			var extra = location.connection().type() == ConnectionType.EXTRA && location.connection().realised();
			if (behind) {
				presence.record(theOcp, location.id(), new VisitDraft(ContactKind.PHONE, today.minusMonths(2)));
				continue;
			}
			presence.record(theOcp, location.id(), new VisitDraft(ContactKind.PHONE, today.minusDays(weekly ? 3 : 12)));
			if (extra) {
				presence.record(theOcp, location.id(), new VisitDraft(ContactKind.ON_SITE, today.minusDays(2)));
				presence.record(theOcp, location.id(), new VisitDraft(ContactKind.ON_SITE, today.minusDays(9)));
				zat.record(theOcp, location.id(), new ZatDraft(today.minusDays(16), i % 4 != 0));
			}
		}
		if (ill != null) {
			contacts.recordAbsence(lead, new AbsenceDraft(ill.username(), today.minusDays(3), today.plusDays(10)));
		}
		var extraPrimary = all.stream().filter(l -> l.type().isPrimary() && l.connection().type() == ConnectionType.EXTRA)
				.map(l -> l.id().value()).toList();
		if (extraPrimary.size() >= 3) {
			familyContacts.add(lead, new FamilyContactDraft("Yvonne Gerrits (fictief)", LocalDate.of(2021, 8, 30),
					extraPrimary.subList(0, 2)));
			familyContacts.add(lead, new FamilyContactDraft("Karim Bouzid (fictief)", LocalDate.of(2022, 1, 10),
					extraPrimary.subList(2, 3)));
		}
		var secondary = all.stream().filter(l -> l.type() == SchoolType.SECONDARY).map(l -> l.id().value()).toList();
		var entries = List.of(
				new OutOfSchoolDraft("Daan", "Verzonnen", today.minusYears(14).minusDays(40), today.minusMonths(3),
						ReasonCategory.NO_SUITABLE_PLACE, secondary.isEmpty() ? null : secondary.getFirst(),
						"Overleg samenwerkingsverband over een passende plek, leerplicht belt ouders binnen twee weken.", null),
				new OutOfSchoolDraft("Lotte", "Fictief", today.minusYears(12).minusDays(100), today.minusMonths(1),
						ReasonCategory.ILLNESS, all.getFirst().id().value(),
						"CJG bespreekt met ouders en jeugdarts een plan voor terugkeer.", null),
				new OutOfSchoolDraft("Milan", "Bedacht", today.minusYears(15).minusDays(10), today.minusDays(20),
						ReasonCategory.BEHAVIOUR_OR_SUSPENSION, secondary.size() > 1 ? secondary.get(1) : null,
						"Gesprek school, ouders en OCP op school.", null));
		for (var entry : entries) {
			if (!(outOfSchool.record(officer, entry) instanceof Outcome.Done<?>)) {
				LOG.warn("A demo child out of school was refused");
			}
		}
		LOG.info("Schools demo data generated for gemeente Oss");
	}
}
