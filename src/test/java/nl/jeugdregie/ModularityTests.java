package nl.jeugdregie;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Verifies the module structure (no cycles, no access to another module's internals) and writes the module
 * documentation that docs/architecture.md links to (docs/modules, committed so the links work without a build).
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(JeugdregieApplication.class);

	@Test
	void verifiesModularStructure() {
		MODULES.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
				.writeModulesAsPlantUml()
				.writeIndividualModulesAsPlantUml()
				.writeModuleCanvases();
	}
}
