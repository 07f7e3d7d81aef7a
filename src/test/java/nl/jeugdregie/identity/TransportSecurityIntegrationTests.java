package nl.jeugdregie.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import nl.jeugdregie.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 19 item 8: behind TLS, browsers are told to keep to HTTPS (HSTS); over plain HTTP nothing is promised. */
@IntegrationTest
class TransportSecurityIntegrationTests {

	@Autowired MockMvc mvc;

	@Test
	@DisplayName("Issue 19: an HTTPS request gets HSTS for a year with subdomains; a plain one does not")
	void sendsStrictTransportSecurityOnHttpsOnly() throws Exception {
		var https = mvc.perform(get("/inloggen").secure(true)).andReturn().getResponse();
		assertThat(https.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000 ; includeSubDomains");
		var http = mvc.perform(get("/inloggen")).andReturn().getResponse();
		assertThat(http.getHeader("Strict-Transport-Security")).isNull();
	}
}
