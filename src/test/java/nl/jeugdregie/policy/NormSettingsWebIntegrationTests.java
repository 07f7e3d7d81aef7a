package nl.jeugdregie.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** BEY-2: the norms screen and REST API show the norms and explain in Dutch why a change is refused. */
@IntegrationTest
class NormSettingsWebIntegrationTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 16);

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired NormSettings settings;
	@Autowired JdbcClient jdbc;

	@Test
	@DisplayName("BEY-2: the norms screen shows per norm its name, current value, schedule and history (no requirement code)")
	void showsCurrentValuesScheduledValuesAndHistoryOnTheNormsScreen() throws Exception {
		var world = fixtures.newWorld();
		var admin = fixtures.user(Role.ADMINISTRATOR, world.municipality(), null);
		settings.schedule(admin, NormKey.MAX_CONVERSATIONS, 4, TODAY, "Pilot minder gesprekken");
		settings.schedule(admin, NormKey.TREATMENT_START_TERM, 3, LocalDate.of(2027, 1, 1), "Raadsbesluit");

		mvc.perform(get("/beheer/normen").session(logIn(fixtures.user(Role.POLICY_OFFICER, world.municipality(), null))))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Normen van gemeente Testgemeente " + world.municipality())))
				// Issue 13 item 8: no requirement codes in the UI (the API keeps them, see below).
				.andExpect(content().string(org.hamcrest.Matchers.not(containsString("TOE-5"))))
				.andExpect(content().string(containsString("Termijn tot in behandeling nemen")))
				.andExpect(content().string(containsString("2 weken")))
				.andExpect(content().string(containsString("(standaardwaarde)")))
				.andExpect(content().string(containsString("3 weken vanaf 1 januari 2027")))
				.andExpect(content().string(containsString("Pilot minder gesprekken")))
				.andExpect(content().string(containsString("16 november 2026, 10:00")))
				.andExpect(content().string(containsString("<caption class=\"utrecht-table__caption\">Normen die vandaag gelden</caption>")))
				.andExpect(content().string(containsString("scope=\"row\"")))
				.andExpect(content().string(not(containsString("Nieuwe waarde plannen"))));
	}

	@Test
	void schedulesAValueFromTheFormAndConfirmsItInDutch() throws Exception {
		var world = fixtures.newWorld();
		var session = logIn(fixtures.user(Role.ADMINISTRATOR, world.municipality(), null));
		mvc.perform(get("/beheer/normen").session(session))
				.andExpect(content().string(containsString("Nieuwe waarde plannen")))
				.andExpect(content().string(containsString("name=\"_csrf\"")));

		var confirmation = "De nieuwe waarde is opgeslagen. Maximum aantal gesprekken: 6 voor hulpvragen die vanaf "
				+ "1 februari 2027 worden geregistreerd.";
		var flashed = mvc.perform(post("/beheer/normen").session(session).with(csrf())
						.param("key", "MAX_CONVERSATIONS").param("amount", "6").param("effectiveFrom", "2027-02-01")
						.param("note", ""))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl("/beheer/normen"))
				.andExpect(flash().attribute("confirmation", confirmation))
				.andReturn().getFlashMap();

		mvc.perform(get("/beheer/normen").session(session).flashAttrs(flashed))
				.andExpect(content().string(containsString(confirmation)))
				.andExpect(content().string(containsString("6 vanaf 1 februari 2027")));
	}

	@Test
	@DisplayName("BEY-2: a refused change shows a Dutch error next to its field and saves nothing")
	void showsRefusalsNextToTheirFieldsAndSavesNothing() throws Exception {
		var world = fixtures.newWorld();
		var session = logIn(fixtures.user(Role.ADMINISTRATOR, world.municipality(), null));

		mvc.perform(post("/beheer/normen").session(session).with(csrf())
						.param("key", "TREATMENT_START_TERM").param("amount", "60").param("effectiveFrom", "2027-01-01"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("De nieuwe waarde is niet opgeslagen")))
				.andExpect(content().string(containsString("href=\"#amount\"")))
				.andExpect(content().string(containsString("Kies een termijn van 1 tot en met 52 weken.")))
				.andExpect(content().string(containsString("utrecht-form-field--invalid")))
				.andExpect(content().string(containsString("aria-describedby=\"amount-uitleg amount-fout\"")))
				.andExpect(content().string(containsString("aria-invalid=\"true\"")))
				.andExpect(content().string(containsString("value=\"60\"")));

		mvc.perform(post("/beheer/normen").session(session).with(csrf())
						.param("key", "TREATMENT_START_TERM").param("amount", "3").param("effectiveFrom", "2026-11-15"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("href=\"#effectiveFrom\"")))
				.andExpect(content().string(containsString("Kies vandaag of een latere datum.")));

		assertThat(rowsOf(world.municipality())).isZero();
	}

	@Test
	void asksForMissingAndWronglyTypedFieldsInDutch() throws Exception {
		var world = fixtures.newWorld();
		var session = logIn(fixtures.user(Role.ADMINISTRATOR, world.municipality(), null));

		mvc.perform(post("/beheer/normen").session(session).with(csrf())
						.param("key", "").param("amount", "vier").param("effectiveFrom", ""))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Kies een norm.")))
				.andExpect(content().string(containsString("Vul een heel getal in, bijvoorbeeld 4.")))
				.andExpect(content().string(containsString("Vul de datum in vanaf wanneer de nieuwe waarde geldt.")))
				.andExpect(content().string(containsString("value=\"vier\"")));

		assertThat(rowsOf(world.municipality())).isZero();
	}

	@Test
	void returnsCurrentValueScheduleAndHistoryPerNormOverTheApi() throws Exception {
		var world = fixtures.newWorld();
		var admin = fixtures.user(Role.ADMINISTRATOR, world.municipality(), null);
		settings.schedule(admin, NormKey.ROUTE_TO_CARE_LEAD_TIME, 7, TODAY, "Nieuwe afspraak");
		settings.schedule(admin, NormKey.ROUTE_TO_CARE_LEAD_TIME, 6, LocalDate.of(2027, 3, 1), null);

		mvc.perform(get("/api/v1/policy/norms").with(TestFixtures.api(admin)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.norms.length()").value(NormKey.values().length))
				.andExpect(jsonPath("$.norms[0].key").value("TREATMENT_START_TERM"))
				.andExpect(jsonPath("$.norms[0].requirement").value("TOE-5"))
				.andExpect(jsonPath("$.norms[0].unit").value("WEEKS"))
				.andExpect(jsonPath("$.norms[0].current.amount").value(2))
				.andExpect(jsonPath("$.norms[0].current.productDefault").value(true))
				.andExpect(jsonPath("$.norms[0].history.length()").value(0))
				.andExpect(jsonPath("$.norms[3].key").value("ROUTE_TO_CARE_LEAD_TIME"))
				.andExpect(jsonPath("$.norms[3].current.amount").value(7))
				.andExpect(jsonPath("$.norms[3].current.effectiveFrom").value("2026-11-16"))
				.andExpect(jsonPath("$.norms[3].current.productDefault").value(false))
				.andExpect(jsonPath("$.norms[3].current.changedBy").value(admin.username()))
				.andExpect(jsonPath("$.norms[3].current.note").value("Nieuwe afspraak"))
				.andExpect(jsonPath("$.norms[3].upcoming[0].amount").value(6))
				.andExpect(jsonPath("$.norms[3].upcoming[0].effectiveFrom").value("2027-03-01"))
				.andExpect(jsonPath("$.norms[3].history[0].amount").value(7));
	}

	@Test
	void answersAScheduledValueWith201AndItsLocation() throws Exception {
		var admin = fixtures.user(Role.ADMINISTRATOR, fixtures.newWorld().municipality(), null);

		mvc.perform(post("/api/v1/policy/norms").with(TestFixtures.api(admin))
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"key\": \"APPLICATION_TERM_AFTER_LAST_CONVERSATION\", \"amount\": 3, \"effectiveFrom\": \"2026-12-01\"}"))
				.andExpect(status().isCreated())
				.andExpect(header().string("Location", endsWith("/api/v1/policy/norms/APPLICATION_TERM_AFTER_LAST_CONVERSATION")))
				.andExpect(jsonPath("$.key").value("APPLICATION_TERM_AFTER_LAST_CONVERSATION"))
				.andExpect(jsonPath("$.amount").value(3))
				.andExpect(jsonPath("$.unit").value("WEEKS"))
				.andExpect(jsonPath("$.effectiveFrom").value("2026-12-01"))
				.andExpect(jsonPath("$.replacedEarlierSchedule").value(false));

		mvc.perform(get("/api/v1/policy/norms/APPLICATION_TERM_AFTER_LAST_CONVERSATION")
						.with(TestFixtures.api(admin)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.upcoming[0].amount").value(3));
	}

	@Test
	@DisplayName("BEY-2: the API explains each refusal in Dutch in a problem document and saves nothing")
	void explainsRefusalsAsProblemsInDutch() throws Exception {
		var world = fixtures.newWorld();
		var admin = fixtures.user(Role.ADMINISTRATOR, world.municipality(), null);
		var today = "{\"key\": \"MAX_CONVERSATIONS\", \"amount\": 4, \"effectiveFrom\": \"2026-11-16\"}";
		postAs(admin, today).andExpect(status().isCreated());

		postAs(admin, "{\"key\": \"MAX_CONVERSATIONS\", \"amount\": 51, \"effectiveFrom\": \"2027-01-01\"}")
				.andExpect(status().isBadRequest())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.type").value("https://jeugdregie.nl/problemen/waarde-buiten-bereik"))
				.andExpect(jsonPath("$.title").value("Wijziging niet mogelijk"))
				.andExpect(jsonPath("$.detail").value("Kies een aantal van 1 tot en met 50."))
				.andExpect(jsonPath("$.errors[0].field").value("amount"));
		postAs(admin, "{\"key\": \"MAX_CONVERSATIONS\", \"amount\": 4, \"effectiveFrom\": \"2026-11-13\"}")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.type").value("https://jeugdregie.nl/problemen/ingangsdatum-in-verleden"))
				.andExpect(jsonPath("$.detail").value(containsString("Kies vandaag of een latere datum.")));
		postAs(admin, today.replace("4", "3"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.type").value("https://jeugdregie.nl/problemen/waarde-al-van-kracht"))
				.andExpect(jsonPath("$.detail").value(containsString("Vanaf deze datum geldt al een waarde.")));

		assertThat(rowsOf(world.municipality())).isEqualTo(1);
	}

	@Test
	void asksForMissingFieldsInDutchOverTheApi() throws Exception {
		var admin = fixtures.user(Role.ADMINISTRATOR, fixtures.newWorld().municipality(), null);

		postAs(admin, "{\"note\": \"zonder waarden\"}")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.type").value("https://jeugdregie.nl/problemen/ongeldige-invoer"))
				.andExpect(jsonPath("$.errors[?(@.field == 'key')].message").value("Kies een norm."))
				.andExpect(jsonPath("$.errors[?(@.field == 'amount')].message").value("Vul de nieuwe waarde in."))
				.andExpect(jsonPath("$.errors[?(@.field == 'effectiveFrom')].message")
						.value("Vul de datum in vanaf wanneer de nieuwe waarde geldt."));
	}

	@Test
	void answersAnUnknownNormInDutchOverTheApi() throws Exception {
		var admin = fixtures.user(Role.ADMINISTRATOR, fixtures.newWorld().municipality(), null);

		postAs(admin, "{\"key\": \"WAITING_TIME\", \"amount\": 3, \"effectiveFrom\": \"2027-01-01\"}")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.type").value("https://jeugdregie.nl/problemen/onleesbaar-verzoek"))
				.andExpect(jsonPath("$.detail").value(containsString("geen geldige JSON")));
	}

	private ResultActions postAs(CurrentUser user, String json) throws Exception {
		return mvc.perform(post("/api/v1/policy/norms").with(TestFixtures.api(user))
				.contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private MockHttpSession logIn(CurrentUser user) throws Exception {
		return TestFixtures.pastSecondStep((MockHttpSession) mvc.perform(formLogin("/inloggen").user(user.username()).password(TestFixtures.PASSWORD))
				.andReturn().getRequest().getSession(false));
	}

	private long rowsOf(MunicipalityCode municipality) {
		return jdbc.sql("select count(*) from norm_setting where municipality_code = ?").param(municipality.value())
				.query(Long.class).single();
	}
}
