package nl.jeugdregie.allocation.internal.declaration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.allocation.Frequency;
import nl.jeugdregie.allocation.ProviderId;
import nl.jeugdregie.allocation.internal.ValidityPeriod;
import nl.jeugdregie.allocation.internal.decision.Budget;
import nl.jeugdregie.allocation.internal.provider.Providers;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * TOEW-9: a provider declares against its own allocations, the municipality's administrator against any; each line
 * is checked against its allocation (period, volume left, tariff). A file of lines is taken whole or not at all; a
 * refused line says why. The allocation rows are locked while checking, so two declarations never together exceed
 * the volume.
 */
@Service
class Declarations {

	/** What an allocation has: its budget and what is declared so far. */
	record BudgetView(long number, long budgetCents, long declaredCents, long allocatedUnits, long declaredUnits) {}

	private final JdbcClient jdbc;
	private final Providers providers;
	private final TransactionTemplate transaction;
	private final Clock clock;

	Declarations(JdbcClient jdbc, Providers providers, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.providers = providers;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** The lines with the field each came from ("" for an entered one). */
	record Numbered(String field, DeclarationLine line) {}

	Outcome<Integer> declare(CurrentUser user, List<Numbered> lines, String source) {
		if (user.role() != Role.PROVIDER && user.role() != Role.ADMINISTRATOR) {
			return Outcome.forbidden("allocation.forbidden.declare");
		}
		var own = user.role() == Role.PROVIDER ? providers.providerOf(user).orElse(null) : null;
		if (user.role() == Role.PROVIDER && own == null) {
			return Outcome.forbidden("allocation.forbidden.noProvider");
		}
		return transaction.execute(status -> {
			var refusals = new ArrayList<Refusal>();
			var seen = new HashMap<Long, AllocationToDeclare>();
			for (var numbered : lines) {
				var line = numbered.line();
				var allocation = Optional.ofNullable(seen.get(line.allocationNumber()))
						.or(() -> lock(user.municipality(), line.allocationNumber(), own));
				if (allocation.isEmpty()) {
					refusals.add(Refusal.of(field(numbered, "allocationNumber"), "allocation.declaration.unknownAllocation",
							line.allocationNumber()));
					continue;
				}
				var declared = new DeclarationChecks.Declared(line, allocation.get(), field(numbered, "units"));
				var before = refusals.size();
				new DeclarationChecks.WithinAllocationPeriod().check(new DeclarationChecks.Declared(line, allocation.get(),
						field(numbered, "periodFrom"))).ifPresent(refusals::add);
				new DeclarationChecks.WithinAllocatedVolume().check(declared).ifPresent(refusals::add);
				new DeclarationChecks.AtAllocatedTariff().check(new DeclarationChecks.Declared(line, allocation.get(),
						field(numbered, "tariff"))).ifPresent(refusals::add);
				if (refusals.size() == before) {
					var a = allocation.get();
					seen.put(a.number(), new AllocationToDeclare(a.id(), a.number(), a.provider(), a.period(), a.allocatedUnits(),
							a.declaredUnits() + line.units(), a.tariffCents(), a.budgetCents(), a.declaredCents() + line.amountCents()));
					jdbc.sql("""
							insert into allocation_declaration (id, allocation_id, municipality_code, period_from, period_until,
							    units, tariff_cents, amount_cents, source, declared_by, declared_at)
							values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
							.params(UUID.randomUUID(), a.id(), user.municipality().value(), line.period().from(),
									line.period().until(), line.units(), line.tariffCents(), line.amountCents(), source,
									user.username(), java.sql.Timestamp.from(clock.instant()))
							.update();
				}
			}
			if (!refusals.isEmpty()) {
				status.setRollbackOnly();
				return Outcome.<Integer>refused(refusals);
			}
			return Outcome.done(lines.size());
		});
	}

	/** The budget and what is declared so far of an allocation the user may see. */
	Outcome<BudgetView> budget(CurrentUser user, long number) {
		var own = user.role() == Role.PROVIDER ? providers.providerOf(user).orElse(null) : null;
		if (user.role() == Role.PROVIDER && own == null) {
			return Outcome.notFound();
		}
		var found = find(user.municipality(), number, own, false);
		return found.<Outcome<BudgetView>>map(a -> Outcome.done(new BudgetView(a.number(), a.budgetCents(), a.declaredCents(),
				a.allocatedUnits(), a.declaredUnits()))).orElseGet(Outcome::notFound);
	}

	/**
	 * One line declared on an allocation, with where it came from: typed in, a CSV file, or a provider's JW323 message
	 * (then its declaration number and reference; a credit line takes an earlier line off).
	 */
	record DeclaredRow(LocalDate from, LocalDate until, int units, long amountCents, String source,
			@Nullable String declarationNumber, @Nullable String reference, boolean credit) {

		/** The Dutch name of the source, for the page. */
		public String sourceName() {
			return switch (source) {
				case "ENTERED" -> "Ingevoerd";
				case "CSV" -> "CSV-bestand";
				default -> "Declaratiebericht (JW323)";
			};
		}
	}

	/** BEY-5: the lines declared on an allocation the user may see, oldest first. */
	List<DeclaredRow> lines(CurrentUser user, long number) {
		var own = user.role() == Role.PROVIDER ? providers.providerOf(user).orElse(null) : null;
		if (user.role() == Role.PROVIDER && own == null) {
			return List.of();
		}
		return jdbc.sql("""
				select d.period_from, d.period_until, d.units, d.amount_cents, d.source, d.declaration_number, d.line_reference,
				       d.credit
				from allocation_declaration d join allocation_allocation a on a.id = d.allocation_id
				where a.municipality_code = ? and a.number = ? and (cast(? as uuid) is null or a.provider_id = ?)
				order by d.declared_at, d.period_from""")
				.params(user.municipality().value(), number, own == null ? null : own.value(), own == null ? null : own.value())
				.query((rs, n) -> new DeclaredRow(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class), rs.getInt(3),
						rs.getLong(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getBoolean(8)))
				.list();
	}

	private Optional<AllocationToDeclare> lock(MunicipalityCode municipality, long number, @Nullable ProviderId own) {
		return find(municipality, number, own, true);
	}

	private Optional<AllocationToDeclare> find(MunicipalityCode municipality, long number, @Nullable ProviderId own,
			boolean lock) {
		var row = jdbc.sql("""
				select id, number, provider_id, valid_from, valid_until, volume, frequency, tariff_cents, budget_cents
				from allocation_allocation where municipality_code = ? and number = ? and withdrawn_at is null
				  and (cast(? as uuid) is null or provider_id = ?)""" + (lock ? " for update" : ""))
				.params(municipality.value(), number, own == null ? null : own.value(), own == null ? null : own.value())
				.query((rs, n) -> new Object[] { rs.getObject("id", UUID.class), rs.getObject("provider_id", UUID.class),
						new ValidityPeriod(rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_until", LocalDate.class)),
						rs.getInt("volume"), Frequency.ofCode(rs.getString("frequency")).orElseThrow(), rs.getLong("tariff_cents"),
						rs.getLong("budget_cents") })
				.optional();
		if (row.isEmpty()) {
			return Optional.empty();
		}
		var r = row.get();
		var id = (UUID) r[0];
		var period = (ValidityPeriod) r[2];
		var declared = declaredSoFar(jdbc, id);
		return Optional.of(new AllocationToDeclare(id, number, new ProviderId((UUID) r[1]), period,
				Budget.units((Integer) r[3], (Frequency) r[4], period), declared[0], (Long) r[5], (Long) r[6], declared[1]));
	}

	/** Units and cents declared on an allocation so far; an approved JW323 credit line takes its debit line off. */
	static long[] declaredSoFar(JdbcClient jdbc, UUID allocationId) {
		return jdbc.sql("""
				select coalesce(sum(case when credit then -units else units end), 0),
				       coalesce(sum(case when credit then -amount_cents else amount_cents end), 0)
				from allocation_declaration where allocation_id = ?""")
				.param(allocationId).query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).single();
	}

	private static String field(Numbered numbered, String name) {
		return numbered.field().isEmpty() ? name : numbered.field() + "." + name;
	}
}
