package nl.jeugdregie.audit.internal.overview;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.audit.AuditAction;
import nl.jeugdregie.audit.AuditTrail;
import nl.jeugdregie.audit.ClientDirectory;
import nl.jeugdregie.audit.ClientFileAccess;
import nl.jeugdregie.audit.ClientId;
import nl.jeugdregie.audit.ClientReference;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Municipality;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.identity.StaffNames;
import nl.jeugdregie.identity.Team;
import nl.jeugdregie.identity.Teams;
import nl.jeugdregie.identity.UserAccounts;
import nl.jeugdregie.platform.result.Outcome;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The AVG article 15 overview (SEC-2, ADR 0025): for a client of her municipality, named by BSN or file number, the
 * privacy officer gets every access to the client's files (reads, changes and refused attempts, also from other
 * municipalities) as the family may see it. She never opens a file: the modules holding files answer only the
 * client's pseudonymous ids ({@link ClientDirectory}), and the overview is read from the audit trail. Making it is
 * itself recorded, per client, in the same transaction (fail-closed, ADR 0019).
 */
@Service
class AccessOverviews {

	/** What the family's overview covers: accesses to the files, not the review or the overviews themselves. */
	private static final List<String> ACCESSES = List.of(AuditAction.READ.name(), AuditAction.CREATE.name(),
			AuditAction.UPDATE.name(), AuditAction.REFUSED.name());

	private final List<ClientDirectory> directories;
	private final JdbcClient jdbc;
	private final Teams teams;
	private final StaffNames names;
	private final UserAccounts accounts;
	private final AuditTrail audit;
	private final Clock clock;

	AccessOverviews(List<ClientDirectory> directories, JdbcClient jdbc, Teams teams, StaffNames names,
			UserAccounts accounts, AuditTrail audit, Clock clock) {
		this.directories = directories;
		this.jdbc = jdbc;
		this.teams = teams;
		this.names = names;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	/** Stored access, before it is put into the family's words. */
	private record Access(OffsetDateTime at, String username, String role, String actorMunicipality, String subject,
			String action, String what, @Nullable String reason) {}

	@Transactional // read-write: the making of the overview is recorded in this transaction (ADR 0019)
	Outcome<AccessOverview> make(CurrentUser user, ClientReference reference, OverviewFormat format) {
		if (user.role() != Role.PRIVACY_OFFICER) {
			return Outcome.forbidden("overview.forbidden");
		}
		var clients = new LinkedHashSet<ClientId>();
		directories.forEach(directory -> clients.addAll(directory.clientsOf(user.municipality(), reference)));
		if (clients.isEmpty()) {
			return Outcome.notFound();
		}
		var accesses = jdbc.sql("""
				select occurred_at, actor_username, actor_role, coalesce(actor_municipality_code, municipality_code) as actor_municipality,
				       subject, action, what, reason
				from audit_event
				where municipality_code = :municipality and client_id in (:clients) and action in (:actions)
				order by occurred_at, id""")
				.param("municipality", user.municipality().value())
				.param("clients", clients.stream().map(ClientId::value).toList())
				.param("actions", ACCESSES)
				.query(AccessOverviews::access).list();
		var municipalities = new HashMap<String, String>();
		var teamsOf = new HashMap<String, String>();
		var lines = accesses.stream().map(access -> line(access, user.municipality(), municipalities, teamsOf)).toList();
		var files = accesses.stream().map(Access::subject).distinct().sorted().toList();
		var overview = new AccessOverview(municipalityName(user.municipality().value(), municipalities), clock.instant(),
				switch (reference) {
					case ClientReference.Bsn bsn -> "BSN " + bsn.masked();
					case ClientReference.CaseNumber number -> "dossiernummer " + number.value();
				}, files, lines);
		// The last step: the rows hold the municipality's chain until this transaction ends.
		for (var client : clients) {
			audit.record(new ClientFileAccess(user, client, "Inzageoverzicht AVG artikel 15",
					AuditAction.ACCESS_OVERVIEW_MADE, "Inzageoverzicht gemaakt " + format.dutchName() + " ("
							+ lines.size() + " regels)", null));
		}
		return Outcome.done(overview);
	}

	private OverviewLine line(Access access, MunicipalityCode own, Map<String, String> municipalities,
			Map<String, String> teamsOf) {
		var ownStaff = own.value().equals(access.actorMunicipality());
		var organisation = "Gemeente " + municipalityName(access.actorMunicipality(), municipalities);
		// The family sees the names of the municipality's own professionals; of others, only where they work.
		var who = ownStaff ? names.of(access.username()) : "Medewerker van g" + organisation.substring(1);
		var team = ownStaff ? teamsOf.computeIfAbsent(access.username(), this::teamOf) : OverviewLine.OTHER;
		var outcome = AuditAction.REFUSED.name().equals(access.action()) ? OverviewLine.REFUSED : OverviewLine.ALLOWED;
		return new OverviewLine(access.at().toInstant(), who, roleName(access.role()), team, organisation,
				access.subject(), access.what(), access.reason(), outcome);
	}

	private String teamOf(String username) {
		return accounts.find(username).flatMap(user -> user.team() == null ? java.util.Optional.<Team>empty()
				: teams.find(user.team())).map(Team::name).orElse(OverviewLine.OTHER);
	}

	private String municipalityName(String code, Map<String, String> municipalities) {
		return municipalities.computeIfAbsent(code, c -> teams.municipality(new MunicipalityCode(c))
				.map(Municipality::name).orElse(c));
	}

	private static String roleName(String role) {
		for (var known : Role.values()) {
			if (known.name().equals(role)) {
				return known.dutchName();
			}
		}
		return role;
	}

	private static Access access(ResultSet rs, int n) throws SQLException {
		return new Access(rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("actor_username"),
				rs.getString("actor_role"), rs.getString("actor_municipality"), rs.getString("subject"),
				rs.getString("action"), rs.getString("what"), rs.getString("reason"));
	}
}
