package nl.jeugdregie.schools.internal.location;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.jeugdregie.schools.SchoolType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;

@DisplayName("OND-1: DUO's location file is read by column name and every row is checked")
class DuoLocationsCsvUnitTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 16);
	private static final String HEADER = "PROVINCIE;INSTELLINGSCODE;VESTIGINGSCODE;VESTIGINGSNAAM;STRAATNAAM;"
			+ "HUISNUMMER-TOEVOEGING;POSTCODE;PLAATSNAAM;SOORT;LEERLINGEN\n";

	@Test
	void readsRowsInDuosLayoutAndSixCharacterLocationCodes() {
		var parsed = DuoLocationsCsv.parse(HEADER + "Noord-Brabant;12AB;12AB01;\"De Eik; locatie Zuid\";Straat;4a;5341 AB;Oss;BAO;210\n",
				TODAY);

		assertThat(parsed.refusals()).isEmpty();
		var draft = parsed.rows().getFirst().draft();
		assertThat(draft.name()).isEqualTo("De Eik; locatie Zuid");
		assertThat(draft.locationNumber()).isEqualTo("01");
		assertThat(draft.type()).isEqualTo(SchoolType.PRIMARY);
		assertThat(draft.pupils()).isEqualTo(210);
	}

	@Test
	void namesTheRowAndColumnOfEveryProblem() {
		var parsed = DuoLocationsCsv.parse(HEADER
				+ "NB;12AB;00;Goed;Straat;1;5341AB;Oss;VO;800\n"
				+ "NB;1AB;00;Fout BRIN;Straat;1;5341AB;Oss;VO;800\n"
				+ "NB;13AB;00;Fout postcode;Straat;1;534AB;Oss;MBO;veel\n", TODAY);

		assertThat(parsed.rows()).hasSize(1);
		assertThat(parsed.refusals()).extracting(r -> r.arguments().subList(0, 2).toString())
				.containsExactly("[3, INSTELLINGSCODE]", "[4, POSTCODE]", "[4, SOORT]", "[4, LEERLINGEN]");
		assertThat(parsed.refusals().getFirst().arguments().get(2)).isInstanceOf(MessageSourceResolvable.class);
	}

	@Test
	void refusesAFileWithoutTheColumns() {
		var parsed = DuoLocationsCsv.parse("NAAM;PLAATS\nDe Eik;Oss\n", TODAY);

		assertThat(parsed.refusals()).singleElement().satisfies(r -> {
			assertThat(r.code()).isEqualTo("schools.import.columns");
			assertThat(r.arguments().getFirst().toString()).contains("INSTELLINGSCODE", "LEERLINGEN");
		});
	}
}
