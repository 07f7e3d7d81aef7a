package nl.jeugdregie.allocation;

import java.util.Arrays;
import java.util.Optional;
import nl.jeugdregie.platform.text.Labelled;

/**
 * The iJw product categories (code list JZ020, release 3.2). {@code residential} marks care with a stay (verblijf),
 * which monitoring counts apart (MON-6: less residential care); {@code familyBased} marks foster care and
 * family-based stays (MON-6: more family-based placement).
 */
public enum ProductCategory implements Labelled {

	WIJKTEAM_2015("31", false, false),
	AMBULANT_LOCATIE_2015("32", false, false),
	DAGHULP_2015("33", false, false),
	NETWERK_2015("34", false, false),
	PLEEGZORG_2015("35", true, true),
	GEZINSGERICHT_2015("36", true, true),
	GESLOTEN_2015("37", true, false),
	RESIDENTIEEL_2015("38", true, false),
	PERSOONLIJKE_VERZORGING("40", false, false),
	DAGBEHANDELING("41", false, false),
	VERVOER("42", false, false),
	VERBLIJF_MET_BEHANDELING("43", true, false),
	VERBLIJF_ZONDER_BEHANDELING("44", true, false),
	AMBULANT("45", false, false),
	CRISIS("46", false, false),
	JEUGDRECLASSERING("47", false, false),
	JEUGDBESCHERMING("48", false, false),
	PREVENTIEF_JUSTITIEEL("49", false, false),
	MAATWERK("50", false, false),
	BASIS_GGZ("51", false, false),
	SPECIALISTISCHE_GGZ("52", false, false),
	KINDERGENEESKUNDE("53", false, false),
	JEUGD_GGZ("54", false, false),
	LANDELIJK("55", false, false);

	private final String code;
	private final boolean residential;
	private final boolean familyBased;

	ProductCategory(String code, boolean residential, boolean familyBased) {
		this.code = code;
		this.residential = residential;
		this.familyBased = familyBased;
	}

	/** The two-digit JZ020 code. */
	public String code() {
		return code;
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
