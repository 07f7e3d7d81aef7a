package nl.jeugdregie.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Expertise;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.NewUserAccount;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.identity.Team;
import nl.jeugdregie.identity.Teams;
import nl.jeugdregie.identity.UserAccounts;
import nl.jeugdregie.intake.HelpRequestLifecycle;
import nl.jeugdregie.intake.TriageChecklist;
import nl.jeugdregie.intake.HelpRequestRegistration;
import nl.jeugdregie.intake.RegistrationResult;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import nl.jeugdregie.platform.startup.StartupTask;

/**
 * Fills an empty database with gemeente Oss's CJG teams, a demo user per role and about six months of help
 * requests, some waiting longer than the norm. The same seed and the same "today" give the same data. Runs
 * once: a database that already has Oss's teams is left alone, so registered requests survive a restart.
 */
@Component
@Profile("demo")
@Order(0)
class DemoData implements StartupTask {

	static final String PASSWORD = "jeugdregie-demo";
	static final MunicipalityCode OSS = new MunicipalityCode("0828");
	static final MunicipalityCode BERNHEZE = new MunicipalityCode("1721");
	private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

	private final Teams teams;
	private final UserAccounts accounts;
	private final HelpRequestRegistration registration;
	private final HelpRequestLifecycle lifecycle;
	private final TriageChecklist checklists;
	private final nl.jeugdregie.schools.SchoolLocations schoolLocations;
	private final Clock clock;
	private final long seed;
	private final int requests;

	DemoData(Teams teams, UserAccounts accounts, HelpRequestRegistration registration, HelpRequestLifecycle lifecycle,
			TriageChecklist checklists, nl.jeugdregie.schools.SchoolLocations schoolLocations, Clock clock,
			@Value("${jeugdregie.demo.seed:20261122}") long seed,
			@Value("${jeugdregie.demo.help-requests:480}") int requests) {
		this.teams = teams;
		this.accounts = accounts;
		this.registration = registration;
		this.lifecycle = lifecycle;
		this.checklists = checklists;
		this.schoolLocations = schoolLocations;
		this.clock = clock;
		this.seed = seed;
		this.requests = requests;
	}

	@Override
	public void start() {
		if (!teams.ofMunicipality(OSS).isEmpty()) {
			LOG.info("Demo data present; nothing generated");
			return;
		}
		var random = new Random(seed);
		var north = teams.createTeam(OSS, "CJG Oss Noord");
		var centre = teams.createTeam(OSS, "CJG Oss Centrum");
		var south = teams.createTeam(OSS, "CJG Oss Zuid");
		var professionals = new ArrayList<List<CurrentUser>>();
		professionals.add(caseWorkers(north, "noord", List.of("Sanne de Wit", "Mark Verhoeven", "Fatma Kaya")));
		professionals.add(caseWorkers(centre, "centrum", List.of("Ilse van Erp", "Joost Peters")));
		professionals.add(caseWorkers(south, "zuid", List.of("Nadia El Idrissi", "Ruud Smits", "Eva Brouwer")));
		otherRoles(north);
		generateRequests(new DemoPeople(random), random, professionals);
		LOG.info("Demo data generated for gemeente Oss");
	}

	private List<CurrentUser> caseWorkers(Team team, String suffix, List<String> names) {
		var workers = new ArrayList<CurrentUser>();
		var expertise = Expertise.values();
		for (var i = 0; i < names.size(); i++) {
			var username = i == 0 && suffix.equals("noord") ? "professional" : "professional." + suffix + "." + (i + 1);
			workers.add(account(username, names.get(i), Role.YOUTH_PROFESSIONAL, OSS, team));
			// TOE-13: two expertises each; a team of two misses some, which the team page shows.
			accounts.replaceExpertise(username, EnumSet.of(expertise[(2 * i) % expertise.length],
					expertise[(2 * i + 1) % expertise.length]));
		}
		account("teamleider." + suffix, "Teamleider " + team.name(), Role.TEAM_LEAD, OSS, team);
		return workers;
	}

	private void otherRoles(Team north) {
		account("teamleider", "Karin Hermans", Role.TEAM_LEAD, OSS, north);
		account("gedragsdeskundige", "Dr. Paul Maas", Role.BEHAVIOURAL_EXPERT, OSS, north);
		account("beleid", "Linda Timmermans", Role.POLICY_OFFICER, OSS, null);
		account("aanbieder", "Zorgaanbieder De Linde", Role.PROVIDER, OSS, null);
		account("beheerder", "Applicatiebeheer Oss", Role.ADMINISTRATOR, OSS, null);
		account("privacy", "Mirjam de Bruijn", Role.PRIVACY_OFFICER, OSS, null);
		teams.registerMunicipality(BERNHEZE, "Bernheze");
		teams.joinRegion(BERNHEZE, "noordoost-brabant");
		// ADR 0042: the region's administrator, who adds municipalities and their first administrator.
		account("regio", "Regiobeheer Noordoost-Brabant", Role.REGIONAL_ADMINISTRATOR, OSS, null);
		var bernheze = teams.createTeam(BERNHEZE, "CJG Bernheze");
		account("professional.bernheze", "Tom van Rooij", Role.YOUTH_PROFESSIONAL, BERNHEZE, bernheze);
	}

	private CurrentUser account(String username, String name, Role role, MunicipalityCode municipality,
			@Nullable Team team) {
		return accounts.create(new NewUserAccount(username, PASSWORD, name, role, municipality,
				team == null ? null : team.id()));
	}

	/** Spreads requests over the last six months' working days; most start in time, some wait too long. */
	private void generateRequests(DemoPeople people, Random random, List<List<CurrentUser>> professionals) {
		var today = LocalDate.now(clock);
		var first = today.minusMonths(6);
		var span = (int) java.time.temporal.ChronoUnit.DAYS.between(first, today) + 1;
		var journeys = new DemoJourney(lifecycle, checklists, random, today);
		var days = new ArrayList<LocalDate>();
		for (var i = 0; i < requests; i++) {
			var day = workingDay(first.plusDays(random.nextInt(span)));
			days.add(day.isAfter(today) ? today : day);
		}
		days.sort(null); // numbers follow the order in which requests came in
		var skipped = 0;
		String firstFailure = null;
		// OND-5: a request a school referred names one of Oss's demo school locations, chosen without the generator,
		// so the rest of the demo data stays the same.
		var schools = schoolLocations.of(OSS);
		var fromSchool = 0;
		for (var day : days) {
			var team = professionals.get(random.nextInt(professionals.size()));
			var professional = team.get(random.nextInt(team.size()));
			var at = day.atTime(LocalTime.of(9, 0).plusMinutes(random.nextInt(8 * 60))).atZone(clock.getZone()).toInstant();
			if (at.isAfter(clock.instant())) {
				at = clock.instant();
			}
			var request = people.helpRequest(day);
			if (request.referrer() == nl.jeugdregie.intake.Referrer.SCHOOL && !schools.isEmpty()) {
				// Schools with the "extra" connection bring more questions (seed 002): every other one goes to them.
				var extra = schools.stream().filter(s -> s.connection() == nl.jeugdregie.schools.ConnectionType.EXTRA).toList();
				var pool = fromSchool % 2 == 0 && !extra.isEmpty() ? extra : schools;
				var school = pool.get((fromSchool * 7) % pool.size());
				fromSchool++;
				request = new nl.jeugdregie.intake.RegisterHelpRequest(request.givenName(), request.familyName(),
						request.dateOfBirth(), request.bsn(), request.carerName(), request.carerRelation(), request.channel(),
						request.referrer(), request.question(), request.crisis(), request.type(), school.id().value());
			}
			try {
				var result = registration.register(request, professional, at);
				if (result instanceof RegistrationResult.Registered registered) {
					var wait = random.nextInt(100) < 72 ? random.nextInt(1, 15) : random.nextInt(15, 50);
					var start = day.plusDays(wait);
					if (!start.isAfter(today)) {
						registration.recordFirstConversation(registered.id(), start, professional);
						journeys.continueFrom(registered.id(), start, professional);
					} else {
						journeys.keepInTouchWhileWaiting(registered.id(), day, professional);
					}
				}
			} catch (RuntimeException e) {
				// One request that cannot be stored (no connection free, say) is skipped; the rest of the demo goes on.
				skipped++;
				firstFailure = firstFailure == null ? e.getClass().getName() : firstFailure;
			}
		}
		if (skipped > 0) {
			LOG.warn("{} of {} demo help requests skipped or left unfinished ({})", skipped, days.size(), firstFailure);
		}
	}

	private static LocalDate workingDay(LocalDate day) {
		return switch (day.getDayOfWeek()) {
			case SATURDAY -> day.minusDays(1);
			case SUNDAY -> day.minusDays(2);
			default -> day;
		};
	}
}
