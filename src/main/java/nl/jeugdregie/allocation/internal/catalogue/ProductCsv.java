package nl.jeugdregie.allocation.internal.catalogue;

import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.allocation.Frequency;
import nl.jeugdregie.allocation.ProductCategory;
import nl.jeugdregie.allocation.ProductCode;
import nl.jeugdregie.allocation.Unit;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;

/**
 * TOEW-2: the regional product list as CSV: {@code productcategorie;productcode;omschrijving;eenheid;frequentie}
 * with the iJw codes (JZ020, WJ756, WMO757). A bad line is refused per line and column; a file with any refusal
 * saves nothing.
 */
final class ProductCsv {

	static final String HEADER = "productcategorie;productcode;omschrijving;eenheid;frequentie";

	/** A parsed line with its line number. */
	record Line(int number, NewProduct product) {}

	private ProductCsv() {}

	static Outcome<List<Line>> parse(String text) {
		if (!CsvLines.header(text).equalsIgnoreCase(HEADER)) {
			return Outcome.refused(Refusal.of("file", "allocation.csv.header", HEADER));
		}
		var refusals = new ArrayList<Refusal>();
		var lines = new ArrayList<Line>();
		for (var line : CsvLines.dataLines(text)) {
			var before = refusals.size();
			var category = ProductCategory.ofCode(line.field(0));
			if (category.isEmpty()) {
				refusals.add(cell(line, "productcategorie", "allocation.csv.category"));
			}
			var code = ProductCode.parse(line.field(1));
			if (code.isEmpty()) {
				refusals.add(cell(line, "productcode", "allocation.csv.productCode"));
			}
			var name = line.field(2);
			if (name.isEmpty() || name.length() > 200) {
				refusals.add(cell(line, "omschrijving", "allocation.csv.name"));
			}
			var unit = Unit.ofCode(line.field(3));
			if (unit.isEmpty()) {
				refusals.add(cell(line, "eenheid", "allocation.csv.unit"));
			}
			var frequency = Frequency.ofCode(line.field(4));
			if (frequency.isEmpty()) {
				refusals.add(cell(line, "frequentie", "allocation.csv.frequency"));
			}
			if (refusals.size() == before) {
				lines.add(new Line(line.number(), new NewProduct(category.get(), code.get(), name, unit.get(), frequency.get())));
			}
		}
		if (lines.isEmpty() && refusals.isEmpty()) {
			return Outcome.refused(Refusal.of("file", "allocation.csv.empty"));
		}
		return refusals.isEmpty() ? Outcome.done(lines) : Outcome.refused(refusals);
	}

	static String write(List<Product> products) {
		var out = new StringBuilder(HEADER).append("\r\n");
		for (var product : products) {
			out.append(product.category().code()).append(';').append(product.code().value()).append(';')
					.append(CsvLines.quote(product.name())).append(';').append(product.unit().code()).append(';')
					.append(product.frequency().code()).append("\r\n");
		}
		return out.toString();
	}

	/** A refusal of one cell: the field is {@code regel <n>.<kolom>}, the text names line and column. */
	static Refusal cell(CsvLines.Line line, String column, String code, Object... more) {
		var arguments = new ArrayList<Object>();
		arguments.add(line.number());
		arguments.add(column);
		arguments.addAll(List.of(more));
		return new Refusal("regel " + line.number() + "." + column, code, arguments);
	}
}
