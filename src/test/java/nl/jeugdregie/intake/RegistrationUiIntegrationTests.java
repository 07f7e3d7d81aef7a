package nl.jeugdregie.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The registration form without JavaScript: plain posts, Dutch errors next to the fields (TOE-1, TOE-3). */
@IntegrationTest
class RegistrationUiIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;

	TestFixtures.World world;
	CurrentUser professional;
	MockHttpSession session;

	@BeforeEach
	void setUp() throws Exception {
		world = fixtures.newWorld();
		professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		session = TestFixtures.login(mvc, professional);
	}

	@Test // TOE-1, TOE-3
	void registersThroughThePlainFormAndShowsTheFileWithItsClock() throws Exception {
		var location = mvc.perform(post("/hulpvragen").session(session).with(csrf())
						.param("givenName", "Yara").param("familyName", "Mulder").param("dateOfBirth", "2012-02-29")
						.param("bsn", "1234 56 782").param("carerName", "Kees Mulder").param("carerRelation", "vader")
						.param("channel", "IN_PERSON").param("referrer", "GENERAL_PRACTITIONER")
						.param("question", "Somberheid en schoolverzuim."))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrlPattern("/hulpvragen/*"))
				.andReturn().getResponse().getRedirectedUrl();

		mvc.perform(get(location).session(session))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Yara Mulder")))
				.andExpect(content().string(containsString("Huisarts of POH-GGZ")))
				.andExpect(content().string(containsString("Nog 14 dagen")));
		mvc.perform(get("/werklijst").session(session))
				.andExpect(content().string(containsString("Yara Mulder")))
				.andExpect(content().string(containsString("30-11-2026")));
	}

	@Test // TOE-1
	void showsDutchErrorsNextToTheFieldsAndSavesNothing() throws Exception {
		mvc.perform(post("/hulpvragen").session(session).with(csrf())
						.param("givenName", "").param("familyName", "Mulder").param("dateOfBirth", "2000-01-01")
						.param("bsn", "123456789").param("channel", "").param("referrer", "SCHOOL")
						.param("question", "x".repeat(2001)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Controleer het formulier")))
				.andExpect(content().string(containsString("Vul de voornaam van de jeugdige in.")))
				.andExpect(content().string(containsString("Het CJG helpt jeugdigen tot en met 23 jaar")))
				.andExpect(content().string(containsString("Dit BSN klopt niet")))
				.andExpect(content().string(containsString("Kies hoe de hulpvraag binnenkwam.")))
				.andExpect(content().string(containsString("Gebruik hier maximaal 2.000 tekens.")))
				.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		mvc.perform(post("/hulpvragen").session(session).with(csrf()).param("dateOfBirth", "31-02-2015"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Vul een geldige geboortedatum in.")));

		assertThat(jdbc.sql("select count(*) from help_request where municipality_code = ?")
				.param(world.municipality().value()).query(Long.class).single()).isZero();
	}

	@Test // TOE-5
	void recordsTheFirstConversationFromTheFile() throws Exception {
		var location = mvc.perform(post("/hulpvragen").session(session).with(csrf())
						.param("givenName", "Daan").param("familyName", "Bos").param("dateOfBirth", "2019-07-01")
						.param("channel", "PHONE").param("referrer", "PARENT").param("question", "Slaapproblemen."))
				.andReturn().getResponse().getRedirectedUrl();

		mvc.perform(post(location + "/eerste-gesprek").session(session).with(csrf()).param("conversationDate", "2026-11-20"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Het eerste gesprek kan niet in de toekomst liggen.")));
		mvc.perform(post(location + "/eerste-gesprek").session(session).with(csrf()).param("conversationDate", "2026-11-16"))
				.andExpect(status().is3xxRedirection());
		mvc.perform(get(location).session(session))
				.andExpect(content().string(containsString("In behandeling sinds <span>16-11-2026</span>")))
				.andExpect(content().string(not(containsString("Eerste gesprek vastleggen</button>"))));
	}

	@Test
	@DisplayName("TOE-5, TOE-4 (issue 13 item 2): the first conversation records its notes on the same page; notes "
			+ "that are refused save neither the conversation nor the notes")
	void recordsTheFirstConversationWithItsNotesOrNothing() throws Exception {
		var location = mvc.perform(post("/hulpvragen").session(session).with(csrf())
						.param("givenName", "Noor").param("familyName", "Visser").param("dateOfBirth", "2017-03-02")
						.param("channel", "PHONE").param("referrer", "GENERAL_PRACTITIONER").param("question", "Angstig op school."))
				.andReturn().getResponse().getRedirectedUrl();

		mvc.perform(post(location + "/eerste-gesprek").session(session).with(csrf())
						.param("conversationDate", "2026-11-16").param("conversationNotes", "x".repeat(2001)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Gebruik hier maximaal 2.000 tekens.")))
				.andExpect(content().string(containsString("Eerste gesprek vastleggen</button>")));
		mvc.perform(get(location).session(session))
				.andExpect(content().string(not(containsString("In behandeling sinds"))));

		mvc.perform(post(location + "/eerste-gesprek").session(session).with(csrf())
						.param("conversationDate", "2026-11-16")
						.param("conversationNotes", "Noor slaapt slecht voor toetsen; moeder wil tips voor thuis."))
				.andExpect(status().is3xxRedirection())
				.andExpect(flash().attribute("message",
						"Het eerste gesprek en de aantekeningen zijn vastgelegd. De hulpvraag is in behandeling."));
		mvc.perform(get(location).session(session))
				.andExpect(content().string(containsString("In behandeling sinds <span>16-11-2026</span>")))
				.andExpect(content().string(containsString("Noor slaapt slecht voor toetsen; moeder wil tips voor thuis.")));
	}

	@Test // SEC-2
	void asksACaseWorkerOfAnotherTeamForAReasonBeforeOpeningTheFile() throws Exception {
		var location = mvc.perform(post("/hulpvragen").session(session).with(csrf())
						.param("givenName", "Mila").param("familyName", "Smit").param("dateOfBirth", "2010-01-10")
						.param("channel", "PHONE").param("referrer", "PARENT").param("question", "Vraag."))
				.andReturn().getResponse().getRedirectedUrl();
		var colleague = TestFixtures.login(mvc, fixtures.user(Role.TEAM_LEAD, world.municipality(), world.otherTeam()));

		mvc.perform(get(location).session(colleague))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Waarom opent u dit dossier?")))
				.andExpect(content().string(not(containsString("Mila Smit"))));
		mvc.perform(post(location + "/inzage").session(colleague).with(csrf()).param("reason", "kort"))
				.andExpect(content().string(containsString("Geef een reden van minimaal 10")))
				.andExpect(content().string(not(containsString("Mila Smit"))));
		mvc.perform(post(location + "/inzage").session(colleague).with(csrf()).param("reason", "Overleg in het MDO van morgen"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Mila Smit")));
	}
}
