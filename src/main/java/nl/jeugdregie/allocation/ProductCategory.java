package nl.jeugdregie.allocation;

import java.util.Arrays;
import java.util.Optional;

/**
 * The iJw product categories (code list JZ020, release 3.2). {@code residential} marks care with a stay (verblijf),
 * which monitoring counts apart (MON-6: less residential care); {@code familyBased} marks foster care and
 * family-based stays (MON-6: more family-based placement).
 */
public enum ProductCategory {

	WIJKTEAM_2015("31", "(2015) Zonder verblijf: uitgevoerd door wijk- of buurtteam", false, false),
	AMBULANT_LOCATIE_2015("32", "(2015) Zonder verblijf: ambulante jeugdhulp op locatie van de aanbieder", false, false),
	DAGHULP_2015("33", "(2015) Zonder verblijf: daghulp op locatie van de aanbieder", false, false),
	NETWERK_2015("34", "(2015) Zonder verblijf: jeugdhulp in het netwerk van de jeugdige", false, false),
	PLEEGZORG_2015("35", "(2015) Met verblijf: pleegzorg", true, true),
	GEZINSGERICHT_2015("36", "(2015) Met verblijf: gezinsgericht", true, true),
	GESLOTEN_2015("37", "(2015) Met verblijf: gesloten plaatsing", true, false),
	RESIDENTIEEL_2015("38", "(2015) Met verblijf: overig residentieel", true, false),
	PERSOONLIJKE_VERZORGING("40", "Persoonlijke verzorging", false, false),
	DAGBEHANDELING("41", "Dagbehandeling", false, false),
	VERVOER("42", "Vervoerdiensten", false, false),
	VERBLIJF_MET_BEHANDELING("43", "Jeugdhulp verblijf (incl. behandeling)", true, false),
	VERBLIJF_ZONDER_BEHANDELING("44", "Jeugdhulp verblijf (excl. behandeling)", true, false),
	AMBULANT("45", "Jeugdhulp ambulant", false, false),
	CRISIS("46", "Jeugdhulp crisis", false, false),
	JEUGDRECLASSERING("47", "Jeugdreclassering", false, false),
	JEUGDBESCHERMING("48", "Jeugdbescherming", false, false),
	PREVENTIEF_JUSTITIEEL("49", "Activiteiten in het preventief justitieel kader", false, false),
	MAATWERK("50", "Maatwerkarrangementen jeugd", false, false),
	BASIS_GGZ("51", "Generalistische basis-ggz", false, false),
	SPECIALISTISCHE_GGZ("52", "Specialistische ggz", false, false),
	KINDERGENEESKUNDE("53", "Kindergeneeskunde", false, false),
	JEUGD_GGZ("54", "Jeugd-ggz", false, false),
	LANDELIJK("55", "Landelijk ingekochte zorg", false, false);

	private final String code;
	private final String dutchName;
	private final boolean residential;
	private final boolean familyBased;

	ProductCategory(String code, String dutchName, boolean residential, boolean familyBased) {
		this.code = code;
		this.dutchName = dutchName;
		this.residential = residential;
		this.familyBased = familyBased;
	}

	/** The two-digit JZ020 code. */
	public String code() {
		return code;
	}

	public String dutchName() {
		return dutchName;
	}

	public boolean residential() {
		return residential;
	}

	public boolean familyBased() {
		return familyBased;
	}

	/** Whether the category is crisis care (TOEW-1: may start without a decision for a while). */
	public boolean crisis() {
		return this == CRISIS;
	}

	public static Optional<ProductCategory> ofCode(String code) {
		var cleaned = code == null ? "" : code.strip();
		return Arrays.stream(values()).filter(category -> category.code.equals(cleaned)).findFirst();
	}
}
