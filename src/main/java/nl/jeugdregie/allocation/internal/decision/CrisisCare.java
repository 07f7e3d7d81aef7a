package nl.jeugdregie.allocation.internal.decision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.allocation.ProductId;
import nl.jeugdregie.allocation.ProviderId;
import nl.jeugdregie.allocation.internal.catalogue.Catalogue;
import nl.jeugdregie.audit.AuditAction;
import nl.jeugdregie.audit.AuditTrail;
import nl.jeugdregie.audit.ClientFile;
import nl.jeugdregie.audit.ClientFileAccess;
import nl.jeugdregie.audit.ClientFileOpening;
import nl.jeugdregie.identity.CaseAccessPolicy;
import nl.jeugdregie.identity.CaseScope;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.intake.HelpRequestDirectory;
import nl.jeugdregie.intake.HelpRequestId;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.policy.NormKey;
import nl.jeugdregie.policy.Norms;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * TOEW-1: crisis care may start without a decision for its first weeks (norm
 * {@link NormKey#CRISIS_CARE_WITHOUT_DECISION}, 4 weeks). The team records the start; its worklist shows crisis care
 * without a decision yet, soonest limit first, marking those within a week of it or past it.
 */
@Service
public class CrisisCare {

	/** One crisis care without a decision on the team's worklist. */
	public record Entry(UUID id, String helpRequestNumber, String provider, String product, LocalDate startedOn,
			LocalDate limit, long daysLeft) {

		public boolean nearing() {
			return daysLeft <= 7;
		}

		public boolean past() {
			return daysLeft < 0;
		}
	}

	/** A contracted crisis product of a provider, as the crisis-care form offers it. */
	public record Choice(ProviderId provider, ProductId product, String label) {

		public String value() {
			return provider.value() + "/" + product.value();
		}
	}

	private final JdbcClient jdbc;
	private final HelpRequestDirectory helpRequests;
	private final Catalogue catalogue;
	private final Norms norms;
	private final AuditTrail audit;
	private final Clock clock;
	private final ClientFileOpening opening;

	/** A refused start of crisis care, audited by the opening step; another team and a role without files get 403. */
	private static final ClientFileOpening.RefusalText REFUSAL = ClientFileOpening.RefusalText
			.of("Crisiszorg vastleggen geweigerd", "Crisiszorg")
			.otherTeam("Crisiszorg vastleggen voor ander team geweigerd", "allocation.arrangement.otherTeam")
			.role("allocation.arrangement.role");

	CrisisCare(JdbcClient jdbc, HelpRequestDirectory helpRequests, Catalogue catalogue, Norms norms, AuditTrail audit,
			Clock clock, ClientFileOpening opening) {
		this.opening = opening;
		this.jdbc = jdbc;
		this.helpRequests = helpRequests;
		this.catalogue = catalogue;
		this.norms = norms;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public Outcome<UUID> start(CurrentUser user, HelpRequestId helpRequest, ProviderId provider, ProductId product,
			LocalDate startedOn) {
		var summary = helpRequests.find(helpRequest);
		if (summary.isEmpty()) {
			return Outcome.notFound();
		}
		var client = helpRequests.youngPersonOf(helpRequest).orElse(null);
		var subject = "hulpvraag:" + helpRequest;
		var file = ClientFile.of(client, subject, summary.get().municipality());
		switch (opening.decide(file, user,
				CaseAccessPolicy.decide(user, new CaseScope(summary.get().municipality(), summary.get().team())), REFUSAL)) {
			case Outcome.Done<ClientFile> _ -> { }
			case Outcome.NotFound<ClientFile> _ -> {
				return Outcome.notFound();
			}
			case Outcome.Forbidden<ClientFile>(var code) -> {
				return Outcome.forbidden(code);
			}
			case Outcome.Refused<ClientFile> _, Outcome.Stale<ClientFile> _ ->
					throw new IllegalStateException("Opening a file refuses nothing and is never stale");
		}
		var found = catalogue.product(user.municipality(), product);
		if (found.isEmpty()) {
			return Outcome.refused(Refusal.of("product", "allocation.tariff.product.required"));
		}
		var refusal = new CrisisProductOnly().check(found.get().category());
		if (refusal.isPresent()) {
			return Outcome.refused(List.of(refusal.get()));
		}
		if (startedOn.isAfter(LocalDate.now(clock))) {
			return Outcome.refused(Refusal.of("startedOn", "allocation.crisis.startedInFuture"));
		}
		var contracted = jdbc.sql("""
				select count(*) from allocation_contract c join allocation_contract_product cp on cp.contract_id = c.id
				where c.municipality_code = ? and c.provider_id = ? and cp.product_id = ?""")
				.params(user.municipality().value(), provider.value(), product.value()).query(Long.class).single();
		if (contracted == 0) {
			return Outcome.refused(Refusal.of("product", "allocation.contract.productNotContracted"));
		}
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into allocation_crisis_care (id, help_request_id, municipality_code, team_id, provider_id, product_id,
				    started_on, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, helpRequest.value(), user.municipality().value(), summary.get().team().value(), provider.value(),
						product.value(), startedOn, user.username(), java.sql.Timestamp.from(clock.instant()))
				.update();
		if (client != null) {
			audit.record(ClientFileAccess.created(user, client, subject, "Crisiszorg gestart zonder beschikking"));
		}
		return Outcome.done(id);
	}

	/** The crisis products (category 46) of the municipality with the providers contracted for them. */
	@Transactional(readOnly = true)
	public List<Choice> choices(CurrentUser user) {
		return jdbc.sql("""
				select distinct c.provider_id, p.name as provider, pr.id as product_id,
				       pr.category || ' · ' || pr.code || ' ' || pr.name as product
				from allocation_contract c
				join allocation_contract_product cp on cp.contract_id = c.id
				join allocation_product pr on pr.id = cp.product_id
				join allocation_provider p on p.id = c.provider_id
				where c.municipality_code = ? and pr.category = '46'
				order by provider, product""").param(user.municipality().value())
				.query((rs, row) -> new Choice(new ProviderId(rs.getObject("provider_id", UUID.class)),
						new ProductId(rs.getObject("product_id", UUID.class)), rs.getString("product") + " bij " + rs.getString("provider")))
				.list();
	}

	/** The team's crisis care without a decision, soonest limit first (one audited read of the list). */
	@Transactional
	public List<Entry> worklist(CurrentUser user) {
		if (user.team() == null || !user.role().worksOnCases()) {
			return List.of();
		}
		var today = LocalDate.now(clock);
		var rows = jdbc.sql("""
				select c.id, c.help_request_id, p.name as provider, pr.category || ' · ' || pr.code || ' ' || pr.name as product,
				       c.started_on
				from allocation_crisis_care c
				join allocation_provider p on p.id = c.provider_id
				join allocation_product pr on pr.id = c.product_id
				where c.municipality_code = ? and c.team_id = ?
				  and not exists (select 1 from allocation_allocation a where a.help_request_id = c.help_request_id
				                  and a.valid_until >= c.started_on)""")
				.params(user.municipality().value(), user.team().value())
				.query((rs, row) -> {
					var started = rs.getObject("started_on", LocalDate.class);
					var limit = started.plus(norms.inEffect(user.municipality(), NormKey.CRISIS_CARE_WITHOUT_DECISION, started)
							.asPeriod());
					var number = helpRequests.find(new HelpRequestId(rs.getObject("help_request_id", UUID.class)))
							.map(summary -> summary.number()).orElse("");
					return new Entry(rs.getObject("id", UUID.class), number, rs.getString("provider"), rs.getString("product"),
							started, limit, ChronoUnit.DAYS.between(today, limit));
				})
				.list().stream().sorted(Comparator.comparing(Entry::limit)).toList();
		audit.record(new ClientFileAccess(user, null, "Crisiszorg zonder beschikking", AuditAction.READ,
				"Werklijst crisiszorg zonder beschikking bekeken (" + rows.size() + ")", null));
		return rows;
	}
}
