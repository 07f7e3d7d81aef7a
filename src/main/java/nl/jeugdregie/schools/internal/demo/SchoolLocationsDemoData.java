package nl.jeugdregie.schools.internal.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.platform.startup.StartupTask;
import nl.jeugdregie.schools.ConnectionType;
import nl.jeugdregie.schools.SchoolType;
import nl.jeugdregie.schools.internal.location.ConnectionDraft;
import nl.jeugdregie.schools.internal.location.LocationDraft;
import nl.jeugdregie.schools.internal.location.LocationSeeding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * OND-3: gemeente Oss's 47 school locations with exactly the council letter's figures (seed 002): primary and
 * secondary only (MBO excluded), 12 with the "extra" connection of which 11 realised, 35 "basis". The names are
 * invented and marked "(fictief)". Runs before the help-request demo data, which names a school on requests that a
 * school referred; runs once: a municipality with locations is left alone.
 */
@Component
@Profile("demo")
@Order(-10)
class SchoolLocationsDemoData implements StartupTask {

	static final MunicipalityCode OSS = new MunicipalityCode("0828");
	/** The day of the letter's appendix "Overzicht aansluitingswijze CJG op scholen in Oss van 24-09-2020". */
	static final LocalDate AGREED_ON = LocalDate.of(2020, 9, 24);
	private static final Logger LOG = LoggerFactory.getLogger(SchoolLocationsDemoData.class);

	private static final List<String> PRIMARY = List.of("De Verzonnen Eik", "Het Denkbeeldige Veld", "De Fantasieboom",
			"De Droomvlinder", "Het Sprookjesbos", "De Wolkenfabriek", "De Regenboogbrug", "Het Luchtkasteel",
			"De Zonnewijzer", "De Toverfluit", "Het Kompas van Nergens", "De Maanlander", "De Sterrenkijker",
			"De Papieren Molen", "Het Verre Eiland", "De Vliegende Hollander", "De Kleine Reus", "De Hooiberg",
			"De Sleutelbloem", "De Wervelwind", "Het Vogelnest", "De Zeepbel", "De Knikkerbaan", "De Ballonvaart",
			"De Lichtbaak", "Het Schrijfbord", "De Tekenpen", "De Wonderboom", "De Speelwei", "De Watermolen",
			"Het Zandkasteel", "De Vuurtoren", "De Kabouterberg", "De Wilgenhoek", "Het Klaverveld", "De Tuinkabouter");
	private static final List<String> SPECIAL_PRIMARY = List.of("SBO De Rustige Haven", "SBO Het Stille Water");
	private static final List<String> SECONDARY = List.of("Fictief College Maasland", "Denkbeeldig Lyceum Oss",
			"Verzonnen Mavo De Brug", "Fantasie Scholengemeenschap Oost", "Droomcollege Ruwaard",
			"Het Imaginaire Atheneum", "Praktijkschool De Werkplaats");
	private static final String SPECIAL = "SO De Veilige Schelp";
	private static final String SPECIAL_SECONDARY = "VSO De Stevige Basis";

	private final LocationSeeding seeding;

	SchoolLocationsDemoData(LocationSeeding seeding) {
		this.seeding = seeding;
	}

	@Override
	public void start() {
		if (seeding.hasLocations(OSS)) {
			return;
		}
		var drafts = new ArrayList<LocationDraft>();
		var number = 0;
		for (var name : PRIMARY) {
			drafts.add(draft("Basisschool " + name + " (fictief)", number++, SchoolType.PRIMARY, 180 + (number * 37) % 260));
		}
		for (var name : SPECIAL_PRIMARY) {
			drafts.add(draft(name + " (fictief)", number++, SchoolType.SPECIAL_PRIMARY, 120 + number % 40));
		}
		for (var name : SECONDARY) {
			drafts.add(draft(name + " (fictief)", number++, SchoolType.SECONDARY, 600 + (number * 113) % 900));
		}
		drafts.add(draft(SPECIAL + " (fictief)", number++, SchoolType.SPECIAL, 90));
		drafts.add(draft(SPECIAL_SECONDARY + " (fictief)", number, SchoolType.SPECIAL_SECONDARY, 140));
		seeding.seed(OSS, drafts);
		LOG.info("Demo school locations generated for gemeente Oss: {}", drafts.size());
	}

	/**
	 * The "extra" connections: six primary schools, both SBO schools, three secondary schools and the VSO school (12);
	 * all realised except the last secondary school ("we werken nog aan een oplossing voor de laatste school").
	 */
	private static LocationDraft draft(String name, int number, SchoolType type, int pupils) {
		var extra = EXTRA.contains(number);
		var connection = extra
				? new ConnectionDraft(ConnectionType.EXTRA, AGREED_ON, "Bovengemiddelde samenloop van hulpvragen en "
						+ "ondersteuningsbehoefte (verbeterafspraken najaar 2020)", number != NOT_YET_REALISED)
				: new ConnectionDraft(ConnectionType.BASIS, AGREED_ON, null, false);
		var brin = String.format("%02d", 10 + number / 26) + (char) ('A' + number % 26) + "Z";
		return new LocationDraft(name, brin, "00", "Verzonnenstraat", String.valueOf(1 + number * 3),
				String.format("53%02d %s", 40 + number % 60, number % 2 == 0 ? "AB" : "KL"), "Oss", type, pupils, connection);
	}

	/** Numbers (in the order above) of the 12 locations with an "extra" connection. */
	static final java.util.Set<Integer> EXTRA = java.util.Set.of(0, 3, 6, 9, 12, 15, 36, 37, 38, 40, 43, 46);
	static final int NOT_YET_REALISED = 43;
}
