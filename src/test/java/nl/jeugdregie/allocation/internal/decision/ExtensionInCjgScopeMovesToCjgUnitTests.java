package nl.jeugdregie.allocation.internal.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("TOEW-8: on an extension, support within the CJG's scope moves to the CJG unless an exception applies")
class ExtensionInCjgScopeMovesToCjgUnitTests {

	private static final UUID ADDICTION = UUID.randomUUID();
	private static final List<ExtensionInCjgScopeMovesToCjg.InScope> PRODUCT_1_IN_SCOPE =
			List.of(new ExtensionInCjgScopeMovesToCjg.InScope(1, LocalDate.of(2027, 7, 1)));

	private final ExtensionInCjgScopeMovesToCjg rule = new ExtensionInCjgScopeMovesToCjg();

	private ExtensionInCjgScopeMovesToCjg.Extension extension(boolean extension, List<ExtensionInCjgScopeMovesToCjg.InScope> inScope,
			CjgChoice choice) {
		return new ExtensionInCjgScopeMovesToCjg.Extension(extension, inScope, choice, Set.of(ADDICTION));
	}

	@Test
	@DisplayName("TOEW-8: an extension of a product within the scope must choose: transfer to the CJG or an exception")
	void refusesAnExtensionInScopeWithoutAChoice() {
		assertThat(rule.check(extension(true, PRODUCT_1_IN_SCOPE, CjgChoice.none()))).hasValueSatisfying(refusal -> {
			assertThat(refusal.field()).isEqualTo("cjgChoice");
			assertThat(refusal.code()).isEqualTo("allocation.decision.cjg.choose");
			assertThat(refusal.arguments()).containsExactly(1, "1-7-2027");
		});
		assertThat(rule.check(extension(true, PRODUCT_1_IN_SCOPE, new CjgChoice.TransferToCjg()))).isEmpty();
		assertThat(rule.check(extension(true, PRODUCT_1_IN_SCOPE, new CjgChoice.OutOfScope(ADDICTION)))).isEmpty();
	}

	@Test
	@DisplayName("TOEW-8: running allocations continue: a first decision, or one outside the scope, chooses nothing")
	void asksNothingOfAFirstDecisionOrOutsideTheScope() {
		assertThat(rule.check(extension(false, PRODUCT_1_IN_SCOPE, CjgChoice.none()))).isEmpty();
		assertThat(rule.check(extension(true, List.of(), CjgChoice.none()))).isEmpty();
		assertThat(rule.check(extension(false, PRODUCT_1_IN_SCOPE, new CjgChoice.TransferToCjg())))
				.hasValueSatisfying(refusal -> assertThat(refusal.code()).isEqualTo("allocation.decision.cjg.notApplicable"));
		assertThat(rule.check(extension(true, List.of(), new CjgChoice.OutOfScope(ADDICTION))))
				.hasValueSatisfying(refusal -> assertThat(refusal.code()).isEqualTo("allocation.decision.cjg.notApplicable"));
	}

	@Test
	@DisplayName("TOEW-8: an exception must be one of the municipality's list")
	void refusesAnUnknownException() {
		assertThat(rule.check(extension(true, PRODUCT_1_IN_SCOPE, new CjgChoice.OutOfScope(UUID.randomUUID()))))
				.hasValueSatisfying(refusal -> assertThat(refusal.field()).isEqualTo("cjgSituation"));
	}
}
