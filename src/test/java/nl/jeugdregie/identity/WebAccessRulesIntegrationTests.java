package nl.jeugdregie.identity;

import static org.assertj.core.api.Assertions.assertThat;

import nl.jeugdregie.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 18 item 5: every module brings its own URL rules, and identity adds them in one fixed order. The order matters
 * where one module's paths lie inside another's broader pattern (audit's /team/inzage-met-reden inside intake's
 * /team/**); what each rule lets through is proven per role by the access tests of each module.
 */
@IntegrationTest
class WebAccessRulesIntegrationTests {

	@Autowired ObjectProvider<WebAccessRules> rules;

	@Test
	@DisplayName("Issue 18: the modules' URL rules are collected in the order WebAccessRules lists, audit before intake")
	void collectedInTheListedOrder() {
		assertThat(rules.orderedStream().map(rule -> AopUtils.getTargetClass(rule).getSimpleName()))
				.containsExactly("AuditWebAccessRules", "FindabilityWebAccessRules", "IntakeWebAccessRules",
						"SearchWebAccessRules", "MonitoringWebAccessRules", "PolicyWebAccessRules",
						"SteeringWebAccessRules", "PlansWebAccessRules", "SchoolsWebAccessRules",
						"AllocationWebAccessRules", "MessagingWebAccessRules");
	}

	@Test
	@DisplayName("Issue 18: the case workers of the URL rules are the roles that work on client files")
	void caseWorkers() {
		assertThat(WebAccessRules.caseWorkers()).containsExactly("YOUTH_PROFESSIONAL", "TEAM_LEAD", "BEHAVIOURAL_EXPERT");
	}
}
