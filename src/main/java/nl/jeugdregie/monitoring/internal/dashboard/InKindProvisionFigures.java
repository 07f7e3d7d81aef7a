package nl.jeugdregie.monitoring.internal.dashboard;

import java.util.ArrayList;
import nl.jeugdregie.allocation.ProductCategory;
import nl.jeugdregie.monitoring.internal.disclosure.Disclosure;
import nl.jeugdregie.monitoring.internal.disclosure.Tally;
import nl.jeugdregie.platform.text.Labels;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * MON-8: the in-kind provisions of one municipality decided in the dashboard's months, from monitoring's own read
 * model, published through {@link Disclosure}. Counts carry the key sum of their allocations; sums and averages are
 * shown only for groups with a published count of 5 or more.
 */
@Component
class InKindProvisionFigures {

	private final JdbcClient jdbc;
	private final Disclosure disclosure;

	InKindProvisionFigures(JdbcClient jdbc, Disclosure disclosure) {
		this.jdbc = jdbc;
		this.disclosure = disclosure;
	}

	@Transactional(readOnly = true)
	InKindProvisions of(String municipality, DashboardScope scope) {
		var from = scope.from().atDay(1);
		var to = scope.to().atEndOfMonth();
		var key = "sum(monitoring_record_key(municipality_code || ':' || allocation_number))";
		var categories = new ArrayList<InKindProvisions.Category>();
		var rows = jdbc.sql("""
				select category, count(*) as n, coalesce(%s, 0) as k,
				       round(avg(valid_until - valid_from + 1)) as days, coalesce(sum(budget_cents), 0) as budget
				from monitoring_in_kind_provision
				where municipality_code = ? and financing = 'IN_KIND' and decided_on between ? and ?
				group by category order by category""".formatted(key))
				.params(municipality, from, to)
				.query((rs, n) -> new Object[] { rs.getString("category"), new Tally(rs.getLong("n"), rs.getLong("k")),
						rs.getLong("days"), rs.getLong("budget") })
				.list();
		if (rows.isEmpty()) {
			return InKindProvisions.empty();
		}
		for (var row : rows) {
			var code = (String) row[0];
			var tally = (Tally) row[1];
			var wait = jdbc.sql("""
					select count(*) as n, coalesce(sum(monitoring_record_key(agb_code || ':' || product_code)), 0) as k,
					       round(avg(weeks)) as weeks
					from monitoring_provider_wait where municipality_code = ? and category = ?""")
					.params(municipality, code)
					.query((rs, n) -> new Object[] { new Tally(rs.getLong("n"), rs.getLong("k")), rs.getObject("weeks") == null
							? null : rs.getLong("weeks") })
					.single();
			var name = ProductCategory.ofCode(code).map(ProductCategory::dutchName).orElse(code);
			categories.add(new InKindProvisions.Category(code, name, nl.jeugdregie.monitoring.internal.disclosure.Figure
					.of(disclosure.count(tally)), disclosure.derived(tally, (Long) row[2]),
					disclosure.magnitude(tally, Math.round(((Long) row[3]) / 100.0)),
					disclosure.derived((Tally) wait[0], (Long) wait[1])));
		}
		var totals = new ArrayList<InKindProvisions.Total>();
		total(totals, municipality, from, to, key, "IN_KIND", "financing = 'IN_KIND'", Labels.text("text.monitoring.dashboard.inKind.total"));
		// These four labels stay in Java: they show requirement codes, which VocabularyUnitTests bans from the
		// bundle; dropping the codes would change the page (issue 18 item 7).
		total(totals, municipality, from, to, key, "BRIDGING_CARE", "financing = 'IN_KIND' and bridging_care",
				"Bij een aanbieder die overbruggingszorg levert (MON-5)");
		total(totals, municipality, from, to, key, "OUT_OF_REGION", "financing = 'IN_KIND' and not in_region",
				"Buiten de regio (MON-6)");
		total(totals, municipality, from, to, key, "RESIDENTIAL", "residential", "Met verblijf (MON-6)");
		total(totals, municipality, from, to, key, "FAMILY_BASED", "family_based", "Pleegzorg en gezinsgericht verblijf (MON-6)");
		total(totals, municipality, from, to, key, "EXTENSION", "extension", Labels.text("text.monitoring.dashboard.inKind.extensions"));
		total(totals, municipality, from, to, key, "PGB", "financing = 'PGB'", Labels.text("text.monitoring.dashboard.inKind.pgb"));
		return new InKindProvisions("AVAILABLE", "MON-8", Labels.text("text.monitoring.dashboard.inKind.explanation"),
				categories, totals);
	}

	private void total(ArrayList<InKindProvisions.Total> totals, String municipality, java.time.LocalDate from,
			java.time.LocalDate to, String key, String code, String condition, String label) {
		var tally = jdbc.sql("select count(*) as n, coalesce(%s, 0) as k from monitoring_in_kind_provision where municipality_code = ? and decided_on between ? and ? and %s"
				.formatted(key, condition))
				.params(municipality, from, to).query((rs, n) -> new Tally(rs.getLong("n"), rs.getLong("k"))).single();
		totals.add(new InKindProvisions.Total(code, label,
				nl.jeugdregie.monitoring.internal.disclosure.Figure.of(disclosure.count(tally))));
	}
}
