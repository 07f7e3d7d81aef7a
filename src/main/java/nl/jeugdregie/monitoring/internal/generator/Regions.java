package nl.jeugdregie.monitoring.internal.generator;

import java.util.ArrayList;
import java.util.List;

/** Sets of municipalities for generated data: a realistic region, and a national-scale set of invented ones. */
public final class Regions {

	static final List<String> TEAM_NAMES = List.of("Noord", "Zuid", "Oost", "West", "Centrum", "Buitengebied");

	private Regions() {}

	/** A municipality to generate for: CBS code, name, number of CJG teams (teams are the district unit). */
	public record Place(String code, String name, int teams) {}

	/** Sixteen municipalities of the Oss / Noordoost-Brabant youth-care region, with their CBS codes. */
	public static List<Place> region() {
		return List.of(new Place("0828", "Oss", 4), new Place("0796", "'s-Hertogenbosch", 6),
				new Place("1948", "Meierijstad", 4), new Place("0797", "Heusden", 3), new Place("0865", "Vught", 2),
				new Place("1991", "Maashorst", 3), new Place("0296", "Wijchen", 2),
				new Place("0845", "Sint-Michielsgestel", 2), new Place("1721", "Bernheze", 2),
				new Place("0757", "Boxtel", 2), new Place("0755", "Boekel", 1), new Place("1685", "Land van Cuijk", 4),
				new Place("0263", "Maasdriel", 2), new Place("0297", "Zaltbommel", 2),
				new Place("1960", "West Betuwe", 2), new Place("0225", "Druten", 1));
	}

	/** The region plus invented municipalities (codes 5000 and up) up to {@code count}, one to six teams each. */
	public static List<Place> national(int count) {
		var places = new ArrayList<>(region());
		for (var i = places.size(); i < count; i++) {
			places.add(new Place(Integer.toString(5000 + i), "Gemeente " + (5000 + i), 1 + i % 6));
		}
		return places;
	}
}
