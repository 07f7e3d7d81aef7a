package nl.jeugdregie.allocation.internal.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.allocation.AgbCode;
import nl.jeugdregie.allocation.ProductCategory;
import nl.jeugdregie.allocation.ProductCode;
import nl.jeugdregie.allocation.internal.DateRange;
import nl.jeugdregie.allocation.internal.EndNotBeforeStart;
import nl.jeugdregie.allocation.internal.EuroAmounts;
import nl.jeugdregie.platform.format.DutchFormat;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * TOEW-6: the contracts' tariffs as CSV: {@code agb-code;productcategorie;productcode;tarief;ingangsdatum;einddatum},
 * the tariff in euros per unit (84,50), dates as 2026-01-01 or 1-1-2026, the end date may stay empty.
 */
final class TariffCsv {

	static final String HEADER = "agb-code;productcategorie;productcode;tarief;ingangsdatum;einddatum";

	/** A parsed line; it still has to be matched to a provider, product and contract. */
	record Line(CsvLines.Line source, AgbCode agbCode, ProductCategory category, ProductCode code, long cents,
			LocalDate from, @Nullable LocalDate until) {}

	/** One exported line. */
	record Row(AgbCode agbCode, Product product, Tariff tariff) {}

	private TariffCsv() {}

	/** The lines that could be read and the refusals of those that could not. */
	record Parsed(List<Line> lines, List<Refusal> refusals) {}

	static Outcome<List<Line>> parse(String text) {
		return switch (read(text)) {
			case Outcome.Done<Parsed>(var parsed) -> parsed.refusals().isEmpty() ? Outcome.done(parsed.lines())
					: Outcome.refused(parsed.refusals());
			case Outcome.Refused<Parsed>(var refusals) -> Outcome.refused(refusals);
			case Outcome.NotFound<Parsed>() -> Outcome.notFound();
			case Outcome.Forbidden<Parsed>(var code) -> Outcome.forbidden(code);
			case Outcome.Stale<Parsed>(var version) -> Outcome.stale(version);
		};
	}

	/** Reads every line: refused as a whole only for a wrong header or no lines at all. */
	static Outcome<Parsed> read(String text) {
		if (!CsvLines.header(text).equalsIgnoreCase(HEADER)) {
			return Outcome.refused(Refusal.of("file", "allocation.csv.header", HEADER));
		}
		var refusals = new ArrayList<Refusal>();
		var lines = new ArrayList<Line>();
		for (var line : CsvLines.dataLines(text)) {
			var before = refusals.size();
			var agb = AgbCode.parse(line.field(0));
			if (agb.isEmpty()) {
				refusals.add(ProductCsv.cell(line, "agb-code", "allocation.csv.agb"));
			}
			var category = ProductCategory.ofCode(line.field(1));
			if (category.isEmpty()) {
				refusals.add(ProductCsv.cell(line, "productcategorie", "allocation.csv.category"));
			}
			var code = ProductCode.parse(line.field(2));
			if (code.isEmpty()) {
				refusals.add(ProductCsv.cell(line, "productcode", "allocation.csv.productCode"));
			}
			var cents = EuroAmounts.parseCents(line.field(3)).filter(amount -> amount <= 99_999_999);
			if (cents.isEmpty()) {
				refusals.add(ProductCsv.cell(line, "tarief", "allocation.csv.tariff"));
			}
			var from = DutchFormat.parseDate(line.field(4));
			if (from.isEmpty()) {
				refusals.add(ProductCsv.cell(line, "ingangsdatum", "allocation.csv.date"));
			}
			var until = DutchFormat.parseDate(line.field(5));
			if (!line.field(5).isEmpty() && until.isEmpty()) {
				refusals.add(ProductCsv.cell(line, "einddatum", "allocation.csv.date"));
			}
			if (from.isPresent() && new EndNotBeforeStart().check(new DateRange("einddatum", from.get(), until.orElse(null)))
					.isPresent()) {
				refusals.add(ProductCsv.cell(line, "einddatum", "allocation.csv.endBeforeStart"));
			}
			if (refusals.size() == before) {
				lines.add(new Line(line, agb.get(), category.get(), code.get(), cents.get(), from.get(), until.orElse(null)));
			}
		}
		if (lines.isEmpty() && refusals.isEmpty()) {
			return Outcome.refused(Refusal.of("file", "allocation.csv.empty"));
		}
		return Outcome.done(new Parsed(lines, refusals));
	}

	static String write(List<Row> rows) {
		var out = new StringBuilder(HEADER).append("\r\n");
		for (var row : rows) {
			var period = row.tariff().period();
			out.append(row.agbCode().value()).append(';').append(row.product().category().code()).append(';')
					.append(row.product().code().value()).append(';').append(EuroAmounts.plain(row.tariff().amountCents()))
					.append(';').append(period.from()).append(';').append(period.until() == null ? "" : period.until())
					.append("\r\n");
		}
		return out.toString();
	}
}
