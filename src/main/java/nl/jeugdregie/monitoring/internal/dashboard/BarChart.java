package nl.jeugdregie.monitoring.internal.dashboard;

import nl.jeugdregie.monitoring.internal.disclosure.Figure;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.jeugdregie.platform.text.Labels;

/**
 * A server-rendered SVG bar chart of one monthly series: geometry only, drawn by the template with attributes and
 * CSS classes (the CSP allows no inline style, and no chart library is loaded). Suppressed or missing months get
 * no bar but a label, so a small count is not shown as a picture either.
 *
 * @param id unique on the page, for the title and description ids
 * @param description the text alternative: what the chart shows in words
 */
public record BarChart(String id, String title, String description, List<Bar> bars, List<Tick> ticks) {

	public static final int WIDTH = 640;
	static final double MAX_LABELS = 6.0;
	public static final int HEIGHT = 240;
	static final int LEFT = 48;
	static final int RIGHT = 8;
	static final int TOP = 12;
	static final int BOTTOM = 200;

	/** One month: its bar (if shown) and its labels. Coordinates as strings for the SVG attributes. */
	public record Bar(String label, String valueText, boolean drawn, String x, String y, String width, String height,
			String labelX, boolean labelled) {}

	public record Tick(String value, String y) {}

	public record Point(String label, Figure value) {}

	static BarChart of(String id, String title, String unit, List<Point> points) {
		var max = points.stream().map(Point::value).filter(v -> v.value() != null).mapToLong(Figure::value).max()
				.orElse(0);
		var top = niceCeiling(max);
		var slot = (double) (WIDTH - LEFT - RIGHT) / Math.max(1, points.size());
		var bars = new ArrayList<Bar>();
		// Issue 13 item 9: at most six month labels, so labels such as "dec 2025" never overlap.
		var every = Math.max(1, (int) Math.ceil(points.size() / MAX_LABELS));
		for (var i = 0; i < points.size(); i++) {
			var point = points.get(i);
			var value = point.value().value();
			var height = value == null ? 0 : (BOTTOM - TOP) * (double) value / top;
			var x = LEFT + i * slot + slot * 0.15;
			bars.add(new Bar(point.label(), point.value().text(), value != null && value > 0, fmt(x),
					fmt(BOTTOM - height), fmt(slot * 0.7), fmt(height), fmt(LEFT + i * slot + slot / 2), i % every == 0));
		}
		var ticks = new ArrayList<Tick>();
		for (var t = 0; t <= 4; t++) {
			var v = top * t / 4;
			ticks.add(new Tick(Long.toString(v), fmt(BOTTOM - (BOTTOM - TOP) * (double) v / top)));
		}
		return new BarChart(id, title, describe(title, unit, points), bars, ticks);
	}

	/** For example: "Aanmeldingen per maand, van jan 2026 tot en met nov 2026. Hoogste: 40 in mrt 2026. ..." */
	private static String describe(String title, String unit, List<Point> points) {
		var shown = points.stream().filter(p -> p.value().value() != null).toList();
		var text = new StringBuilder(Labels.text("text.monitoring.dashboard.chart.span", title, points.getFirst().label(),
				points.getLast().label())).append(' ');
		if (shown.isEmpty()) {
			return text.append(Labels.text("text.monitoring.dashboard.chart.nothingShown")).toString();
		}
		var highest = shown.stream().max((a, b) -> Long.compare(a.value().value(), b.value().value())).orElseThrow();
		var lowest = shown.stream().min((a, b) -> Long.compare(a.value().value(), b.value().value())).orElseThrow();
		text.append(Labels.text("text.monitoring.dashboard.chart.highestLowest", highest.value().text(), unit,
				highest.label(), lowest.value().text(), lowest.label()));
		if (shown.size() < points.size()) {
			text.append(' ').append(Labels.text("text.monitoring.dashboard.chart.noBars"));
		}
		return text.append(' ').append(Labels.text("text.monitoring.dashboard.chart.tableBelow")).toString();
	}

	private static long niceCeiling(long max) {
		if (max <= 4) {
			return 4;
		}
		var magnitude = (long) Math.pow(10, Math.floor(Math.log10(max)));
		for (var step : new long[] { 1, 2, 4, 5, 10 }) {
			var candidate = step * magnitude;
			if (candidate >= max && candidate % 4 == 0) {
				return candidate;
			}
		}
		return ((max + 3) / 4) * 4;
	}

	private static String fmt(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	public int width() {
		return WIDTH;
	}

	public int height() {
		return HEIGHT;
	}

	public String viewBox() {
		return "0 0 " + WIDTH + " " + HEIGHT;
	}

	public String axisX1() {
		return Integer.toString(LEFT);
	}

	public String axisX2() {
		return Integer.toString(WIDTH - RIGHT);
	}

	public String tickX() {
		return Integer.toString(LEFT - 6);
	}

	public String axisY() {
		return Integer.toString(BOTTOM);
	}

	public String labelY() {
		return Integer.toString(BOTTOM + 18);
	}

	public String valueY() {
		return Integer.toString(BOTTOM - 4);
	}
}
