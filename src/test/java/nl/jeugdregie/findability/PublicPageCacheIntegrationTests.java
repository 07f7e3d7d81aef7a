package nl.jeugdregie.findability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import nl.jeugdregie.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 17 item 12 (ADR 0041): public pages come from the cache until something they show changes. */
@IntegrationTest
@DisplayName("Issue 17: the public page cache, evicted on publish and edit (VIND-1, VIND-2)")
class PublicPageCacheIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired JdbcClient jdbc;
	@Autowired ApplicationContext context;

	@Test
	@DisplayName("VIND-2: a cached social map page is served without the database until an edit evicts it; the form is never cached")
	void servesCachedPagesUntilAnEditEvictsThem() throws Exception {
		var site = PublicSiteWorlds.of(context).newSite();
		var map = site.home() + "/sociale-kaart";
		assertThat(page(map)).contains("Cursus Positief Opvoeden");
		// A change behind the services' back is not seen while the page is cached ...
		jdbc.sql("update findability_service set name = 'Cursus Anders Genoemd' where id = ?").param(site.parentingService())
				.update();
		assertThat(page(map)).contains("Cursus Positief Opvoeden");
		var response = mvc.perform(get(map)).andReturn().getResponse();
		assertThat(response.getHeader("Content-Security-Policy")).as("security headers on a cached answer").isNotNull();
		// ... and an edit through the service evicts the municipality's pages.
		jdbc.sql("update findability_service set name = 'Cursus Positief Opvoeden' where id = ?").param(site.parentingService())
				.update();
		var keeping = context.getBean(nl.jeugdregie.findability.internal.publishing.PublicPageCache.class);
		keeping.evict(site.world().municipality());
		assertThat(page(map)).contains("Cursus Positief Opvoeden");
		var first = token(page(site.home() + "/hulp-vragen"));
		var second = token(page(site.home() + "/hulp-vragen"));
		assertThat(first).isNotEqualTo(second);
	}

	@Test
	@DisplayName("VIND-3, item 12: the online form reads the contact settings from memory; saving them shows the new phone number at once")
	void keepsTheContactSettingsOfTheFormUntilTheyAreSaved() throws Exception {
		var site = PublicSiteWorlds.of(context).newSite();
		var form = site.home() + "/hulp-vragen";
		assertThat(page(form)).contains("0412 000 000");
		// Behind the settings page's back: the form still shows what it read (the form itself is never cached).
		jdbc.sql("update findability_contact set phone = '0412 999 999' where municipality_code = ?")
				.param(site.world().municipality().value()).update();
		assertThat(page(form)).contains("0412 000 000").doesNotContain("0412 999 999");
		// The administrator saves new settings: after the commit every public page, the form too, shows them.
		var version = jdbc.sql("select version from findability_contact where municipality_code = ?")
				.param(site.world().municipality().value()).query(Long.class).single();
		var administrator = context.getBean(nl.jeugdregie.TestFixtures.class)
				.user(nl.jeugdregie.identity.Role.ADMINISTRATOR, site.world().municipality(), null);
		var saved = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/beheer/cjg-contact")
				.session(nl.jeugdregie.TestFixtures.login(mvc, administrator))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.param("siteName", "CJG Test").param("phone", "0412 123 456").param("email", "info@cjg-test.example")
				.param("visitingAddress", "Testlaan 1, Testdorp").param("version", String.valueOf(version)))
				.andReturn().getResponse();
		assertThat(saved.getStatus()).isEqualTo(302);
		assertThat(page(form)).contains("0412 123 456");
		assertThat(page(site.home() + "/contact")).contains("0412 123 456");
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
	}

	private static String token(String html) {
		var matcher = java.util.regex.Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(html);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}
}
