package nl.jeugdregie.schools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.schools.internal.location.LocationService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The schools forms and the registration form's school field, without JavaScript (plain form posts). */
@IntegrationTest
@DisplayName("Issue 17: schools forms show Dutch errors next to the fields and save nothing on a refusal")
class SchoolsPagesIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired LocationService locations;
	@Autowired JdbcClient jdbc;
	@Autowired Clock clock;

	@Test
	@DisplayName("OND-1: the location form refuses an invalid BRIN and postcode and an extra connection without reason")
	void refusesABadLocationOnTheForm() throws Exception {
		var world = fixtures.newWorld();
		var policy = fixtures.user(Role.POLICY_OFFICER, world.municipality(), null);
		var session = TestFixtures.login(mvc, policy);

		mvc.perform(post("/scholen/nieuw").session(session).with(csrf()).param("name", "De Proef").param("brin", "ABCD")
						.param("locationNumber", "0").param("street", "Straat").param("houseNumber", "1")
						.param("postcode", "12345").param("city", "Oss").param("type", "PRIMARY").param("pupils", "100")
						.param("connectionType", "EXTRA").param("since", "2026-01-01"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("<title>Fout: Locatie toevoegen")))
				.andExpect(content().string(containsString("Vul een geldig BRIN-nummer in")))
				.andExpect(content().string(containsString("Vul een geldig vestigingsnummer in")))
				.andExpect(content().string(containsString("Vul een geldige postcode in")))
				.andExpect(content().string(containsString("Schrijf waarom deze school een extra aansluiting heeft")));
		assertThat(jdbc.sql("select count(*) from school_location where municipality_code = ?")
				.param(world.municipality().value()).query(Long.class).single()).isZero();
	}

	@Test
	@DisplayName("OND-5: the registration form offers the municipality's school locations and stores the chosen one")
	void registersAHelpRequestReferredByASchoolLocation() throws Exception {
		var world = fixtures.newWorld();
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var school = SchoolsTestData.location(locations, fixtures.user(Role.TEAM_LEAD, world.municipality(), world.team()),
				3, SchoolType.PRIMARY, SchoolsTestData.basis(LocalDate.now(clock)));
		var session = TestFixtures.login(mvc, professional);

		mvc.perform(get("/hulpvragen/nieuw").session(session))
				.andExpect(content().string(containsString("Welke school?")))
				.andExpect(content().string(containsString(school.name())));
		mvc.perform(post("/hulpvragen").session(session).with(csrf()).param("givenName", "Yara").param("familyName", "Mulder")
						.param("dateOfBirth", "2015-02-01").param("channel", "PHONE").param("referrer", "SCHOOL")
						.param("question", "Zorgen van de school.").param("schoolLocation", school.id().toString()))
				.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select count(*) from help_request where municipality_code = ? and school_location_id = ?")
				.params(world.municipality().value(), school.id().value()).query(Long.class).single()).isEqualTo(1);
	}
}
