package nl.jeugdregie.identity.internal.teams;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import nl.jeugdregie.identity.AdministrativeChange;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.OpenTeamWork;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.identity.TeamId;
import nl.jeugdregie.identity.internal.AdminSaving;
import nl.jeugdregie.identity.internal.Saved;
import nl.jeugdregie.identity.internal.TakenName;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 14: the municipality's administrator lists, adds, renames, (de)activates teams and keeps their districts.
 * Only within her own municipality: another municipality's team is not found. Every change names the version it was
 * made on (stale: nothing saved) and is audited in its transaction. A taken name is refused by the database's unique
 * index, also when two administrators add the same team at once.
 */
@Service
class TeamAdministration {

	private final TeamRecords teams;
	private final List<OpenTeamWork> openWork;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transaction;

	TeamAdministration(TeamRecords teams, List<OpenTeamWork> openWork, ApplicationEventPublisher events,
			PlatformTransactionManager transactions) {
		this.teams = teams;
		this.openWork = openWork;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
	}

	List<ManagedTeam> list(CurrentUser admin) {
		requireAdministrator(admin);
		return teams.ofMunicipality(admin.municipality());
	}

	Optional<ManagedTeam> find(CurrentUser admin, TeamId id) {
		requireAdministrator(admin);
		return teams.find(admin.municipality(), id);
	}

	Outcome<Saved> create(CurrentUser admin, String name, List<String> rawDistricts) {
		requireAdministrator(admin);
		var districts = TeamInputPolicy.districts(rawDistricts);
		var problems = TeamInputPolicy.check(name, districts);
		if (!problems.isEmpty()) {
			return Outcome.refused(problems);
		}
		var id = TeamId.random();
		var stripped = name.strip();
		return saving(() -> {
			teams.insert(id, admin.municipality(), stripped, districts);
			events.publishEvent(AdministrativeChange.created(admin, "team:" + id, "Team aangemaakt: " + stripped
					+ (districts.isEmpty() ? "" : " (wijken: " + String.join(", ", districts) + ")")));
			return Outcome.done(Saved.of(id.toString(), 0, "identity.admin.saved.team.created", stripped));
		});
	}

	Outcome<Saved> rename(CurrentUser admin, TeamId id, long version, String name) {
		var problems = TeamInputPolicy.checkName(name);
		if (!problems.isEmpty()) {
			return Outcome.refused(problems);
		}
		var stripped = name.strip();
		return change(admin, id, version, team -> team.name().equals(stripped) ? null
				: new Change(stripped, team.districts(), team.active(), "Team hernoemd van " + team.name() + " naar " + stripped,
						"identity.admin.saved.team.renamed", stripped));
	}

	Outcome<Saved> changeDistricts(CurrentUser admin, TeamId id, long version, List<String> rawDistricts) {
		var districts = TeamInputPolicy.districts(rawDistricts);
		var problems = TeamInputPolicy.checkDistricts(districts);
		if (!problems.isEmpty()) {
			return Outcome.refused(problems);
		}
		return change(admin, id, version, team -> new Change(team.name(), districts, team.active(),
				"Wijken van het team vastgesteld: " + (districts.isEmpty() ? "geen" : String.join(", ", districts)),
				"identity.admin.saved.team.districts"));
	}

	/** Name and districts at once (the API's PUT): both checked first, saved together or not at all. */
	Outcome<Saved> update(CurrentUser admin, TeamId id, long version, String name, List<String> rawDistricts) {
		var districts = TeamInputPolicy.districts(rawDistricts);
		var problems = TeamInputPolicy.check(name, districts);
		if (!problems.isEmpty()) {
			return Outcome.refused(problems);
		}
		var stripped = name.strip();
		return change(admin, id, version, team -> team.name().equals(stripped) && team.districts().equals(districts) ? null
				: new Change(stripped, districts, team.active(), "Team gewijzigd: naam " + stripped + ", wijken "
						+ (districts.isEmpty() ? "geen" : String.join(", ", districts)), "identity.admin.saved.team.changed"));
	}

	/** The reasons the team cannot be deactivated now; empty when it can. */
	List<Refusal> deactivationRefusals(ManagedTeam team) {
		var work = new ArrayList<String>();
		for (var kind : openWork) {
			var count = kind.openCount(team.id());
			if (count > 0) {
				work.add(kind.describe(count));
			}
		}
		return TeamDeactivationPolicy.check(team.active(), team.activeMembers(), work);
	}

	Outcome<Saved> deactivate(CurrentUser admin, TeamId id, long version) {
		return change(admin, id, version, team -> {
			var refusals = deactivationRefusals(team);
			if (!refusals.isEmpty()) {
				throw new RefusedChange(refusals);
			}
			return new Change(team.name(), team.districts(), false, "Team gedeactiveerd",
					"identity.admin.saved.team.deactivated", team.name());
		});
	}

	Outcome<Saved> reactivate(CurrentUser admin, TeamId id, long version) {
		return change(admin, id, version, team -> {
			if (team.active()) {
				throw new RefusedChange(List.of(Refusal.ofWhole("identity.admin.team.alreadyActive")));
			}
			return new Change(team.name(), team.districts(), true, "Team weer actief gemaakt",
					"identity.admin.saved.team.reactivated", team.name());
		});
	}

	/** A change to make: {@code confirmation} is the message code of the text confirming it, with its arguments. */
	private record Change(String name, List<String> districts, boolean active, String audited, String confirmation,
			Object... arguments) {}

	private static final class RefusedChange extends RuntimeException {
		private final List<Refusal> refusals;

		RefusedChange(List<Refusal> refusals) {
			super(null, null, false, false);
			this.refusals = refusals;
		}
	}

	private interface ChangeOf {
		/** The change to make, or null when nothing changes. */
		Change of(ManagedTeam team);
	}

	private Outcome<Saved> change(CurrentUser admin, TeamId id, long version, ChangeOf changeOf) {
		requireAdministrator(admin);
		try {
			return saving(() -> {
				var found = teams.lock(admin.municipality(), id);
				if (found.isEmpty()) {
					return Outcome.notFound();
				}
				var team = found.get();
				if (team.version() != version) {
					return Outcome.stale(team.version());
				}
				var change = changeOf.of(team);
				if (change == null) {
					return Outcome.done(Saved.of(id.toString(), version, "identity.admin.saved.nothingChanged"));
				}
				if (!teams.update(team, version, change.name(), change.districts(), change.active())) {
					return Outcome.stale(team.version());
				}
				events.publishEvent(AdministrativeChange.changed(admin, team.subject(), change.audited()));
				return Outcome.done(Saved.of(id.toString(), version + 1, change.confirmation(), change.arguments()));
			});
		}
		catch (RefusedChange refused) {
			return Outcome.refused(refused.refusals);
		}
	}

	private Outcome<Saved> saving(Supplier<Outcome<Saved>> work) {
		return AdminSaving.saving(transaction, work, taken -> TakenName.of("name", "teamName"));
	}

	private static void requireAdministrator(CurrentUser admin) {
		if (admin.role() != Role.ADMINISTRATOR) {
			throw new IllegalArgumentException("Only an administrator keeps the teams");
		}
	}
}
