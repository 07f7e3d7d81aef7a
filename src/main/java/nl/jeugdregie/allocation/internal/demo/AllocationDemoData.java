package nl.jeugdregie.allocation.internal.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.jeugdregie.allocation.AgbCode;
import nl.jeugdregie.allocation.Financing;
import nl.jeugdregie.allocation.Frequency;
import nl.jeugdregie.allocation.ProductCategory;
import nl.jeugdregie.allocation.ProductCode;
import nl.jeugdregie.allocation.ProductId;
import nl.jeugdregie.allocation.ProviderId;
import nl.jeugdregie.allocation.Unit;
import nl.jeugdregie.allocation.internal.ValidityPeriod;
import nl.jeugdregie.allocation.internal.arrangement.ArrangementService;
import nl.jeugdregie.allocation.internal.arrangement.NewLine;
import nl.jeugdregie.allocation.internal.catalogue.CatalogueKeeping;
import nl.jeugdregie.allocation.internal.catalogue.NewProduct;
import nl.jeugdregie.allocation.internal.catalogue.NewTariff;
import nl.jeugdregie.allocation.internal.cjgtransfer.CjgScopes;
import nl.jeugdregie.allocation.internal.cjgtransfer.NewScope;
import nl.jeugdregie.allocation.internal.decision.DecideArrangement;
import nl.jeugdregie.allocation.internal.decision.DecisionService;
import nl.jeugdregie.allocation.internal.decision.LegalRoute;
import nl.jeugdregie.allocation.internal.provider.NewContract;
import nl.jeugdregie.allocation.internal.provider.ProcurementRoute;
import nl.jeugdregie.allocation.internal.provider.ProviderKeeping;
import nl.jeugdregie.allocation.internal.waitingtime.NewWaitingTime;
import nl.jeugdregie.allocation.internal.waitingtime.WaitingTimes;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.UserAccounts;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.startup.StartupTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo only (issue 15, item 9): a regional product list for Noordoost-Brabant, ten fictional providers with
 * contracts, tariffs and waiting times, and allocations for part of the demo professional's applications. Through
 * the services, so the rules, numbering and audit apply as for real work. Runs once (skipped when Oss has products).
 */
@Component
@Profile("demo")
@Order(30)
class AllocationDemoData implements StartupTask {

	private static final Logger LOG = LoggerFactory.getLogger(AllocationDemoData.class);

	private record P(String category, String code, String name, Unit unit, Frequency frequency, long tariffCents) {}

	private record V(String name, String agb, ProcurementRoute route, boolean inRegion, boolean bridging, int weeks,
			List<String> products) {}

	private static final List<P> PRODUCTS = List.of(
			new P("45", "45A01", "Ambulante begeleiding jeugdige", Unit.HOUR, Frequency.PER_WEEK, 7_650),
			new P("45", "45A02", "Ambulante gezinsbehandeling", Unit.HOUR, Frequency.PER_WEEK, 9_480),
			new P("45", "45A03", "Diagnostiek", Unit.HOUR, Frequency.TOTAL, 10_210),
			new P("41", "41A01", "Dagbehandeling jeugd", Unit.DAYPART, Frequency.PER_WEEK, 13_900),
			new P("54", "54A01", "Behandeling jeugd-ggz", Unit.MINUTE, Frequency.TOTAL, 190),
			new P("40", "40A01", "Persoonlijke verzorging", Unit.HOUR, Frequency.PER_WEEK, 5_520),
			new P("43", "43A01", "Verblijf behandelgroep", Unit.DAY_AND_NIGHT, Frequency.PER_DAY, 31_500),
			new P("35", "35A01", "Pleegzorg", Unit.DAY_AND_NIGHT, Frequency.PER_DAY, 5_600),
			new P("36", "36A01", "Gezinshuis", Unit.DAY_AND_NIGHT, Frequency.PER_DAY, 17_800),
			new P("46", "46A01", "Crisisopvang", Unit.DAY_AND_NIGHT, Frequency.PER_DAY, 42_000));

	private static final List<V> PROVIDERS = List.of(
			new V("Jeugdhulp Maasland", "98100011", ProcurementRoute.OPEN_HOUSE, true, true, 3, List.of("45A01", "45A02", "45A03")),
			new V("Kompas Gezinsbegeleiding", "98100023", ProcurementRoute.OPEN_HOUSE, true, false, 11, List.of("45A01", "40A01")),
			new V("De Brug Ambulant", "98100035", ProcurementRoute.OPEN_HOUSE, true, true, 6, List.of("45A01", "45A02")),
			new V("Horizon Jeugd-ggz", "98100047", ProcurementRoute.TENDERED, true, false, 14, List.of("54A01", "45A03")),
			new V("Dagcentrum Het Anker", "98100059", ProcurementRoute.TENDERED, true, true, 5, List.of("41A01")),
			new V("Gezinshuis De Linde", "98100061", ProcurementRoute.TENDERED, true, false, 9, List.of("36A01")),
			new V("Pleegzorg Noordoost", "98100073", ProcurementRoute.TENDERED, true, true, 4, List.of("35A01")),
			new V("Behandelgroep De Kern", "98100085", ProcurementRoute.TENDERED, false, false, 16, List.of("43A01")),
			new V("Crisisdienst Regio Oss", "98100097", ProcurementRoute.TENDERED, true, true, 0, List.of("46A01")),
			new V("Zorgboerderij Het Veld", "98100109", ProcurementRoute.OPEN_HOUSE, false, true, 2, List.of("45A01", "40A01")));

	private final UserAccounts accounts;
	private final CatalogueKeeping catalogue;
	private final ProviderKeeping keeping;
	private final WaitingTimes waitingTimes;
	private final ArrangementService arrangements;
	private final DecisionService decisions;
	private final CjgScopes cjgScopes;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final String keeperName;
	private final String professionalName;

	AllocationDemoData(UserAccounts accounts, CatalogueKeeping catalogue, ProviderKeeping keeping, WaitingTimes waitingTimes, ArrangementService arrangements, DecisionService decisions, CjgScopes cjgScopes, JdbcClient jdbc,
			Clock clock, @Value("${jeugdregie.demo.allocation-keeper:beleid}") String keeperName,
			@Value("${jeugdregie.demo.plans-professional:professional}") String professionalName) {
		this.accounts = accounts;
		this.catalogue = catalogue;
		this.keeping = keeping;
		this.waitingTimes = waitingTimes;
		this.arrangements = arrangements;
		this.decisions = decisions;
		this.cjgScopes = cjgScopes;
		this.jdbc = jdbc;
		this.clock = clock;
		this.keeperName = keeperName;
		this.professionalName = professionalName;
	}

	@Override
	public void start() {
		var keeper = accounts.find(keeperName);
		var professional = accounts.find(professionalName);
		if (keeper.isEmpty() || professional.isEmpty() || jdbc.sql("select count(*) from allocation_product where municipality_code = ?")
				.param(keeper.get().municipality().value()).query(Long.class).single() > 0) {
			return;
		}
		seed(keeper.get(), professional.get());
	}

	/** Seeds the catalogue, providers and allocations; returns the number of allocations made. */
	int seed(CurrentUser keeper, CurrentUser professional) {
		var today = LocalDate.now(clock);
		var yearStart = today.withDayOfYear(1);
		var products = new java.util.HashMap<String, ProductId>();
		for (var p : PRODUCTS) {
			catalogue.addProduct(keeper, new NewProduct(ProductCategory.ofCode(p.category()).orElseThrow(), new ProductCode(p.code()),
					p.name(), p.unit(), p.frequency())).doneValue().ifPresent(id -> products.put(p.code(), id));
		}
		var providerIds = new ArrayList<ProviderId>();
		var contractsOf = new java.util.HashMap<ProviderId, V>();
		for (var v : PROVIDERS) {
			var provider = keeping.register(keeper, new nl.jeugdregie.allocation.internal.provider.NewProvider(v.name(),
					new AgbCode(v.agb()))).doneValue().orElseThrow();
			providerIds.add(provider);
			contractsOf.put(provider, v);
			var ids = v.products().stream().map(products::get).collect(java.util.stream.Collectors.toSet());
			var contract = keeping.addContract(keeper, new NewContract(provider, Set.copyOf(ids), v.route(), v.inRegion(),
					v.bridging(), "Contractboek jeugdhulp Noordoost-Brabant " + yearStart.getYear()
							+ ": aanmelding binnen 5 werkdagen bevestigen; wachttijd maandelijks doorgeven.",
					new ValidityPeriod(yearStart, yearStart.plusYears(2).minusDays(1)))).doneValue().orElseThrow();
			for (var code : v.products()) {
				var tariff = PRODUCTS.stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow().tariffCents();
				catalogue.addTariff(keeper, new NewTariff(contract, products.get(code), tariff,
						new ValidityPeriod(yearStart, null)), "effectiveFrom");
				waitingTimes.report(keeper, new NewWaitingTime(provider, products.get(code), v.weeks(),
						today.minusDays(v.weeks() % 5 == 0 ? 40 : 6)));
			}
		}
		var made = 0;
		var ambulant = products.get("45A01");
		var applications = arrangements.applications(professional);
		for (var wait = 0; applications.isEmpty() && wait < 20; wait++) {
			// The applications arrive through intake's events, handled after the demo requests were committed.
			try {
				Thread.sleep(1000);
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				break;
			}
			applications = arrangements.applications(professional);
		}
		for (var application : applications) {
			if (made >= 5) {
				break;
			}
			var started = arrangements.start(professional, application.helpRequest()).doneValue();
			if (started.isEmpty()) {
				continue;
			}
			var provider = providerIds.get(made % 3 == 1 ? 2 : 0);
			var line = new NewLine(0, ambulant, provider, 2, new ValidityPeriod(today.plusDays(7), today.plusDays(7).plusMonths(6)),
					"Zich veiliger voelen thuis en weer naar school gaan");
			if (!(arrangements.addLine(professional, started.get(), line) instanceof Outcome.Done<?>)
					|| !(arrangements.agree(professional, started.get(), 1, today) instanceof Outcome.Done<?>)) {
				continue;
			}
			var decided = decisions.decide(professional, new DecideArrangement(started.get(), 2,
					made % 2 == 0 ? LegalRoute.ACCESS_TEAM : LegalRoute.GENERAL_PRACTITIONER,
					made % 2 == 0 ? null : new AgbCode("01100017"), made == 4 ? Financing.PGB : Financing.IN_KIND, false, today));
			if (decided instanceof Outcome.Done<?>) {
				made++;
			}
		}
		// TOEW-8: ambulant help moves to the CJG on extension from the first of the month after the notice period.
		cjgScopes.mark(keeper, new NewScope(ProductCategory.AMBULANT, today.plusMonths(7).withDayOfMonth(1), today));
		LOG.info("Demo: {} products, {} providers and {} allocations for gemeente {}", products.size(), providerIds.size(), made,
				keeper.municipality());
		return made;
	}
}
