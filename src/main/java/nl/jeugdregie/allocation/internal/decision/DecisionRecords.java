package nl.jeugdregie.allocation.internal.decision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.allocation.AgbCode;
import nl.jeugdregie.allocation.Financing;
import nl.jeugdregie.allocation.Frequency;
import nl.jeugdregie.allocation.ProductId;
import nl.jeugdregie.allocation.ProviderId;
import nl.jeugdregie.allocation.Unit;
import nl.jeugdregie.allocation.internal.ValidityPeriod;
import nl.jeugdregie.allocation.internal.arrangement.ArrangementId;
import nl.jeugdregie.audit.ClientId;
import nl.jeugdregie.identity.MunicipalityCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Decisions and their allocations. */
@Repository
class DecisionRecords {

	/** A recorded decision. */
	record Decision(UUID id, ArrangementId arrangement, LegalRoute legalRoute, @Nullable AgbCode referrerAgb,
			Financing financing, boolean extension, LocalDate decidedOn, String decidedBy, String cjgChoice,
			@Nullable String cjgSituation) {

		/** TOEW-8: the support within the CJG's scope moved to the CJG. */
		public boolean transferredToCjg() {
			return "TRANSFER".equals(cjgChoice);
		}
	}

	/** TOEW-8: a product of an extension that moved to the CJG instead of a provider. */
	record Transfer(String productLabel, ValidityPeriod period) {}

	private static final String ALLOCATION = """
			select a.id, a.number, a.provider_id, p.name as provider_name, a.product_id,
			       pr.category || ' · ' || pr.code || ' ' || pr.name as product_label, a.volume, a.unit, a.frequency,
			       a.valid_from, a.valid_until, a.financing, a.budget_cents
			from allocation_allocation a
			join allocation_provider p on p.id = a.provider_id
			join allocation_product pr on pr.id = a.product_id""";

	private final JdbcClient jdbc;

	DecisionRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Decision> ofArrangement(ArrangementId arrangement) {
		return jdbc.sql("select * from allocation_decision where arrangement_id = ?").param(arrangement.value())
				.query(DecisionRecords::decision).optional();
	}

	void insert(UUID id, MunicipalityCode municipality, DecideArrangement decision, @Nullable String cjgSituation,
			String by, Instant at) {
		jdbc.sql("""
				insert into allocation_decision (id, arrangement_id, municipality_code, legal_route, referrer_agb, financing,
				    extension, decided_on, decided_by, decided_at, cjg_choice, cjg_situation)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, decision.arrangement().value(), municipality.value(), decision.legalRoute().name(),
						decision.referrerAgb() == null ? null : decision.referrerAgb().value(), decision.financing().name(),
						decision.extension(), decision.decidedOn(), by, java.sql.Timestamp.from(at), decision.cjg().code(),
						cjgSituation)
				.update();
	}

	/** TOEW-8: records that a product of the decision moved to the CJG. */
	void insertTransfer(UUID line, UUID decision, MunicipalityCode municipality, String category, ValidityPeriod period) {
		jdbc.sql("""
				insert into allocation_cjg_transfer (line_id, decision_id, municipality_code, category, valid_from, valid_until)
				values (?, ?, ?, ?, ?, ?)""")
				.params(line, decision, municipality.value(), category, period.from(), period.until()).update();
	}

	List<Transfer> transfersOf(UUID decision) {
		return jdbc.sql("""
				select pr.category || ' · ' || pr.code || ' ' || pr.name as product_label, t.valid_from, t.valid_until
				from allocation_cjg_transfer t
				join allocation_arrangement_line l on l.id = t.line_id
				join allocation_product pr on pr.id = l.product_id
				where t.decision_id = ? order by l.position""").param(decision)
				.query((rs, row) -> new Transfer(rs.getString("product_label"), new ValidityPeriod(
						rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_until", LocalDate.class))))
				.list();
	}

	/** The next allocation number of the municipality; the counter row stays locked until the transaction ends. */
	long nextNumber(MunicipalityCode municipality) {
		return jdbc.sql("""
				insert into allocation_number_counter (municipality_code, last_value) values (?, 1)
				on conflict (municipality_code) do update set last_value = allocation_number_counter.last_value + 1
				returning last_value""").param(municipality.value()).query(Long.class).single();
	}

	record NewAllocation(UUID id, UUID decision, UUID line, MunicipalityCode municipality, long number, UUID helpRequest,
			UUID team, @Nullable ClientId youngPerson, ProductId product, ProviderId provider, UUID contract,
			String category, int volume, Unit unit, Frequency frequency, ValidityPeriod period, Financing financing,
			long budgetCents, long tariffCents) {}

	void insert(NewAllocation a) {
		jdbc.sql("""
				insert into allocation_allocation (id, decision_id, line_id, municipality_code, number, help_request_id,
				    team_id, young_person, product_id, provider_id, contract_id, category, volume, unit, frequency,
				    valid_from, valid_until, financing, budget_cents, tariff_cents)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(a.id(), a.decision(), a.line(), a.municipality().value(), a.number(), a.helpRequest(), a.team(),
						a.youngPerson() == null ? null : a.youngPerson().value(), a.product().value(), a.provider().value(),
						a.contract(), a.category(), a.volume(), a.unit().code(), a.frequency().code(), a.period().from(),
						a.period().until(), a.financing().name(), a.budgetCents(), a.tariffCents())
				.update();
	}

	List<Allocation> ofDecision(UUID decision) {
		return jdbc.sql(ALLOCATION + " where a.decision_id = ? and a.withdrawn_at is null order by a.number").param(decision)
				.query(DecisionRecords::allocation).list();
	}

	/** What the young person already has allocated, to check in kind against PGB (TOEW-4). */
	List<NoInKindOverlappingPgb.Existing> ofYoungPerson(MunicipalityCode municipality, ClientId youngPerson) {
		return jdbc.sql("""
				select product_id, financing, valid_from, valid_until from allocation_allocation
				where municipality_code = ? and young_person = ? and withdrawn_at is null""")
				.params(municipality.value(), youngPerson.value())
				.query((rs, row) -> new NoInKindOverlappingPgb.Existing(new ProductId(rs.getObject("product_id", UUID.class)),
						Financing.valueOf(rs.getString("financing")),
						new ValidityPeriod(rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_until", LocalDate.class))))
				.list();
	}

	/** MON-5: the young person's allocations of other decisions, which a new allocation may continue. */
	List<ContinuedAllocations.Earlier> earlierOfYoungPerson(MunicipalityCode municipality, ClientId youngPerson,
			UUID decision) {
		return jdbc.sql("""
				select number, valid_from, valid_until from allocation_allocation
				where municipality_code = ? and young_person = ? and decision_id <> ? and withdrawn_at is null""")
				.params(municipality.value(), youngPerson.value(), decision)
				.query((rs, row) -> new ContinuedAllocations.Earlier(rs.getLong("number"),
						new ValidityPeriod(rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_until", LocalDate.class))))
				.list();
	}

	/** A provider's allocations (its own only), newest first. */
	List<Allocation> ofProvider(MunicipalityCode municipality, ProviderId provider) {
		return jdbc.sql(ALLOCATION + " where a.municipality_code = ? and a.provider_id = ? and a.withdrawn_at is null order by a.number desc")
				.params(municipality.value(), provider.value()).query(DecisionRecords::allocation).list();
	}

	private static Decision decision(ResultSet rs, int row) throws SQLException {
		var agb = rs.getString("referrer_agb");
		return new Decision(rs.getObject("id", UUID.class), new ArrangementId(rs.getObject("arrangement_id", UUID.class)),
				LegalRoute.valueOf(rs.getString("legal_route")), agb == null ? null : new AgbCode(agb),
				Financing.valueOf(rs.getString("financing")), rs.getBoolean("extension"),
				rs.getObject("decided_on", LocalDate.class), rs.getString("decided_by"), rs.getString("cjg_choice"),
				rs.getString("cjg_situation"));
	}

	private static Allocation allocation(ResultSet rs, int row) throws SQLException {
		return new Allocation(rs.getObject("id", UUID.class), rs.getLong("number"),
				new ProviderId(rs.getObject("provider_id", UUID.class)), rs.getString("provider_name"),
				new ProductId(rs.getObject("product_id", UUID.class)), rs.getString("product_label"), rs.getInt("volume"),
				Unit.ofCode(rs.getString("unit")).orElseThrow(), Frequency.ofCode(rs.getString("frequency")).orElseThrow(),
				new ValidityPeriod(rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_until", LocalDate.class)),
				Financing.valueOf(rs.getString("financing")), rs.getLong("budget_cents"));
	}
}
