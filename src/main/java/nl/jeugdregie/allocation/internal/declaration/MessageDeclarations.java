package nl.jeugdregie.allocation.internal.declaration;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import nl.jeugdregie.allocation.AgbCode;
import nl.jeugdregie.allocation.messaging.DeclarationsForMessaging;
import nl.jeugdregie.allocation.Frequency;
import nl.jeugdregie.allocation.ProviderId;
import nl.jeugdregie.allocation.internal.ValidityPeriod;
import nl.jeugdregie.allocation.internal.decision.Budget;
import nl.jeugdregie.identity.MunicipalityCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * BEY-5, TOEW-7 (ADR 0047): level 3 of a JW323 done by the allocation module. The allocations the lines name are
 * locked in number order (as {@link Declarations#declare} locks them, so manual and message declarations together
 * never exceed a volume or budget either); each line is judged in the message's order against its allocation and what
 * was approved before it, and an approved line is recorded with source JW323, its declaration number and reference.
 * A credit line cancels the approved debit line its VorigReferentieNummer names (IV091; TR323 → 8017 when there is
 * none, TR390 → 9390 when it was credited already, TR314 → 8021 when its own reference was used). Runs only inside
 * the caller's transaction.
 */
@Component
class MessageDeclarations implements DeclarationsForMessaging {

	static final String NOT_THE_PROVIDERS = "9338";
	static final String REFERENCE_USED = "8021";
	static final String NO_DEBIT = "8017";
	static final String CREDITED_BEFORE = "9390";

	private final JdbcClient jdbc;
	private final Clock clock;

	MessageDeclarations(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public List<Verdict> judgeAndRecord(Declaration declaration) {
		var allocations = new HashMap<Long, AllocationToJudge>();
		for (var number : new TreeSet<>(declaration.lines().stream().map(Line::allocationNumber).toList())) {
			lock(declaration.municipality(), number).filter(a -> a.provider().equals(declaration.provider()))
					.ifPresent(a -> allocations.put(number, a));
		}
		var referencesInMessage = new HashSet<String>();
		var creditedInMessage = new HashSet<String>();
		var verdicts = new ArrayList<Verdict>();
		for (var line : declaration.lines()) {
			var allocation = allocations.get(line.allocationNumber());
			var codes = allocation == null ? List.of(NOT_THE_PROVIDERS)
					: line.credit() ? creditCodes(declaration, line, referencesInMessage, creditedInMessage)
					: debitCodes(declaration, line, allocation, referencesInMessage);
			verdicts.add(new Verdict(line.reference(), codes));
			if (codes.isEmpty()) {
				var sign = line.credit() ? -1 : 1;
				allocations.put(line.allocationNumber(), allocation.after(sign * line.volume(), sign * line.amountCents()));
				record(declaration, line, allocation);
			}
		}
		return verdicts;
	}

	private List<String> debitCodes(Declaration declaration, Line line, AllocationToJudge allocation, Set<String> inMessage) {
		var codes = new ArrayList<String>();
		if (!inMessage.add(line.reference()) || referenceUsed(declaration, line.reference(), false)
				|| referenceUsed(declaration, line.reference(), true)) {
			codes.add(REFERENCE_USED);
		}
		var against = new DeclaredLineChecks.LineAgainst(line, allocation);
		for (var policy : DeclaredLineChecks.all()) {
			policy.check(against).ifPresent(refusal -> codes.add(refusal.code()));
		}
		return codes;
	}

	/**
	 * A credit line has its own ReferentieNummer (TR314 → 8021 when used before) and names an approved debit line by its
	 * VorigReferentieNummer (IV091), with the same allocation, period and amounts (TR323 → 8017 when there is none); a
	 * debit line is credited once (TR390 → 9390).
	 */
	private List<String> creditCodes(Declaration declaration, Line line, Set<String> inMessage, Set<String> creditedInMessage) {
		var previous = line.previousReference();
		if (!inMessage.add(line.reference()) || referenceUsed(declaration, line.reference(), false)
				|| referenceUsed(declaration, line.reference(), true)) {
			return List.of(REFERENCE_USED);
		}
		if (previous == null) {
			return List.of(NO_DEBIT);
		}
		if (!creditedInMessage.add(previous) || credited(declaration, previous)) {
			return List.of(CREDITED_BEFORE);
		}
		var debit = jdbc.sql("""
				select count(*) from allocation_declaration d join allocation_allocation a on a.id = d.allocation_id
				where d.municipality_code = ? and d.provider_agb = ? and d.line_reference = ? and d.source = 'JW323'
				  and not d.credit and a.number = ? and d.period_from = ? and d.period_until = ? and d.units = ?
				  and d.amount_cents = ?""")
				.params(declaration.municipality().value(), declaration.provider().value(), previous,
						line.allocationNumber(), line.from(), line.until(), line.volume(), line.amountCents())
				.query(Long.class).single();
		return debit > 0 ? List.of() : List.of(NO_DEBIT);
	}

	/** TR390: a credit line naming this debit line was approved before. */
	private boolean credited(Declaration declaration, String debitReference) {
		return jdbc.sql("""
				select count(*) from allocation_declaration
				where municipality_code = ? and provider_agb = ? and previous_reference = ? and credit and source = 'JW323'""")
				.params(declaration.municipality().value(), declaration.provider().value(), debitReference)
				.query(Long.class).single() > 0;
	}

	private boolean referenceUsed(Declaration declaration, String reference, boolean credit) {
		return jdbc.sql("""
				select count(*) from allocation_declaration
				where municipality_code = ? and provider_agb = ? and line_reference = ? and credit = ? and source = 'JW323'""")
				.params(declaration.municipality().value(), declaration.provider().value(), reference, credit)
				.query(Long.class).single() > 0;
	}

	private void record(Declaration declaration, Line line, AllocationToJudge allocation) {
		jdbc.sql("""
				insert into allocation_declaration (id, allocation_id, municipality_code, period_from, period_until, units,
				    tariff_cents, amount_cents, source, declared_by, declared_at, provider_agb, declaration_number,
				    line_reference, credit, previous_reference)
				values (?, ?, ?, ?, ?, ?, ?, ?, 'JW323', ?, ?, ?, ?, ?, ?, ?)""")
				.params(UUID.randomUUID(), allocation.totals().id(), declaration.municipality().value(), line.from(),
						line.until(), Math.toIntExact(Math.max(line.volume(), 1)), line.tariffCents(), line.amountCents(),
						"AGB " + declaration.provider().value(), Timestamp.from(clock.instant()), declaration.provider().value(),
						declaration.number(), line.reference(), line.credit(), line.previousReference())
				.update();
	}

	/** The allocation with its provider and product, locked; what is declared so far counts credit lines off. */
	private Optional<AllocationToJudge> lock(MunicipalityCode municipality, long number) {
		var row = jdbc.sql("""
				select a.id, a.provider_id, p.agb_code, a.category, pr.code, a.volume, a.unit, a.frequency, a.valid_from,
				       a.valid_until, a.tariff_cents, a.budget_cents, a.withdrawn_at is not null as withdrawn
				from allocation_allocation a
				join allocation_provider p on p.id = a.provider_id
				join allocation_product pr on pr.id = a.product_id
				where a.municipality_code = ? and a.number = ?
				for update of a""")
				.params(municipality.value(), number)
				.query((rs, n) -> Map.entry(rs.getObject("id", UUID.class), new Object[] {
						new ProviderId(rs.getObject("provider_id", UUID.class)), new AgbCode(rs.getString("agb_code")),
						rs.getString("category").strip(), rs.getString("code"), rs.getInt("volume"), rs.getString("unit").strip(),
						Frequency.ofCode(rs.getString("frequency").strip()).orElseThrow(),
						new ValidityPeriod(rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_until", LocalDate.class)),
						rs.getLong("tariff_cents"), rs.getLong("budget_cents"), rs.getBoolean("withdrawn") }))
				.optional();
		if (row.isEmpty()) {
			return Optional.empty();
		}
		var id = row.get().getKey();
		var r = row.get().getValue();
		var declared = Declarations.declaredSoFar(jdbc, id);
		var period = (ValidityPeriod) r[7];
		var frequency = (Frequency) r[6];
		var totals = new AllocationToDeclare(id, number, (ProviderId) r[0], period,
				Budget.units((Integer) r[4], frequency, period), declared[0], (Long) r[8], (Long) r[9], declared[1]);
		return Optional.of(new AllocationToJudge(totals, (AgbCode) r[1], (String) r[2], (String) r[3], (Integer) r[4],
				(String) r[5], frequency, (Boolean) r[10]));
	}
}
