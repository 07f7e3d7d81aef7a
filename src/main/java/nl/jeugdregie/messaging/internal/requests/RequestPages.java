package nl.jeugdregie.messaging.internal.requests;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.jeugdregie.allocation.AgbCode;
import nl.jeugdregie.allocation.ProviderDirectory;
import nl.jeugdregie.audit.AuditAction;
import nl.jeugdregie.audit.AuditTrail;
import nl.jeugdregie.audit.ClientFileAccess;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.platform.calendar.WorkingDays;
import nl.jeugdregie.platform.result.Outcome;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The worklist "Verzoeken van aanbieders" and a request's page, for the roles that decide allocations in their own
 * municipality. The list shows no names and no BSN; opening a request (which shows the BSN) is recorded in the audit
 * trail in the same transaction (fail-closed).
 */
@Service
public class RequestPages {

	/** One page of the worklist. */
	public record Page(RequestFilter filter, List<Row> rows, long total, Map<String, String> providers)
			implements nl.jeugdregie.platform.paging.PagedList {

		public String provider(String agb) {
			return providers.getOrDefault(agb, "AGB " + agb);
		}
	}

	/** A request with its answer term (OP274, OP346: five working days after receipt). */
	public record Row(RequestRecords.Request request, LocalDate answerDue, List<RequestMessage.Line> lines) {}

	/** A request's page: the request, its products, its answers and the OP043 mark. */
	public record Detail(RequestRecords.Request request, LocalDate answerDue, LocalDate investigationDue,
			List<RequestMessage.Line> lines, List<RequestRecords.Answer> answers, String provider) {

		public boolean answerable() {
			return request.inProgress() && answers.stream().allMatch(a -> a.kind() == AnswerKind.UNDER_INVESTIGATION);
		}

		public boolean investigationPossible() {
			return answerable() && answers.isEmpty();
		}
	}

	private final RequestRecords records;
	private final ProviderDirectory providers;
	private final AuditTrail audit;
	private final TransactionTemplate transaction;
	private final Clock clock;

	RequestPages(RequestRecords records, ProviderDirectory providers, AuditTrail audit,
			PlatformTransactionManager transactions, Clock clock) {
		this.records = records;
		this.providers = providers;
		this.audit = audit;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	Outcome<Page> list(CurrentUser user, RequestFilter filter) {
		if (!RequestRoles.ANSWERERS.contains(user.role())) {
			return Outcome.forbidden("messaging.request.forbidden");
		}
		var total = records.count(user.municipality(), filter);
		var rows = records.page(user.municipality(), filter).stream()
				.map(r -> new Row(r, answerDue(r), records.lines(r.id()))).toList();
		return Outcome.done(new Page(filter, rows, total, providerChoices(user)));
	}

	Outcome<Detail> detail(CurrentUser user, UUID id) {
		if (!RequestRoles.ANSWERERS.contains(user.role())) {
			return Outcome.forbidden("messaging.request.forbidden");
		}
		return java.util.Objects.requireNonNull(transaction.execute(status -> {
			var found = records.find(user.municipality(), id);
			if (found.isEmpty()) {
				return Outcome.<Detail>notFound();
			}
			var r = found.get();
			audit.record(new ClientFileAccess(user, r.youngPerson(), r.subject(), AuditAction.READ,
					"Verzoek van aanbieder geopend (" + r.type() + ")", null));
			return Outcome.done(new Detail(r, answerDue(r), r.receivedOn().plusWeeks(8), records.lines(r.id()),
					records.answers(r.id()), providerChoices(user).getOrDefault(r.providerAgb(), "AGB " + r.providerAgb())));
		}));
	}

	Map<String, String> providerChoices(CurrentUser user) {
		var choices = new LinkedHashMap<String, String>();
		for (Map.Entry<AgbCode, String> e : providers.names(user.municipality()).entrySet()) {
			choices.put(e.getKey().value(), e.getValue() + " (AGB " + e.getKey().value() + ")");
		}
		for (var agb : records.providers(user.municipality())) {
			choices.putIfAbsent(agb, "AGB " + agb);
		}
		return choices;
	}

	private LocalDate answerDue(RequestRecords.Request r) {
		return WorkingDays.after(r.receivedOn(), 5);
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}
}
