package nl.jeugdregie.allocation.internal.cjgtransfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.allocation.ProductCategory;
import nl.jeugdregie.platform.result.Outcome;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("TOEW-8: the rules for marking a category as within the CJG's scope")
class CjgScopePoliciesUnitTests {

	private static final LocalDate DEC_6 = LocalDate.of(2026, 12, 6);

	@Test
	@DisplayName("TOEW-8: providers are told at least six months ahead: 6 June is in time after a notice on 6 December, 5 June is not")
	void refusesAScopeDateLessThanTheNoticeNormAfterTheNotice() {
		var rule = new NoticeAheadOfScope();
		assertThat(rule.check(new NoticeAheadOfScope.Lead(new NewScope(ProductCategory.AMBULANT, LocalDate.of(2027, 6, 6), DEC_6), 6)))
				.isEmpty();
		assertThat(rule.check(new NoticeAheadOfScope.Lead(new NewScope(ProductCategory.AMBULANT, LocalDate.of(2027, 6, 5), DEC_6), 6)))
				.hasValueSatisfying(refusal -> {
					assertThat(refusal.field()).isEqualTo("effectiveFrom");
					assertThat(refusal.code()).isEqualTo("allocation.cjg.noticeTooShort");
					assertThat(refusal.arguments()).containsExactly(6, "6-6-2027");
				});
		// The norm is configuration: with three months, March is in time.
		assertThat(rule.check(new NoticeAheadOfScope.Lead(new NewScope(ProductCategory.AMBULANT, LocalDate.of(2027, 3, 6), DEC_6), 3)))
				.isEmpty();
	}

	@Test
	@DisplayName("TOEW-8: a category enters the CJG's scope once; marking it again is refused with the date it already has")
	void refusesACategoryAlreadyInScope() {
		var rule = new CategoryNotYetInScope();
		var existing = List.of(new CjgScope(UUID.randomUUID(), ProductCategory.AMBULANT, LocalDate.of(2027, 7, 1), DEC_6));
		assertThat(rule.check(new CategoryNotYetInScope.Marking(ProductCategory.DAGBEHANDELING, existing))).isEmpty();
		assertThat(rule.check(new CategoryNotYetInScope.Marking(ProductCategory.AMBULANT, existing)))
				.hasValueSatisfying(refusal -> assertThat(refusal.arguments()).containsExactly("1-7-2027"));
	}

	@Test
	@DisplayName("TOEW-8: a scope covers support starting on or after its date, never before the notice")
	void coversSupportFromItsDate() {
		var scope = new CjgScope(UUID.randomUUID(), ProductCategory.AMBULANT, LocalDate.of(2027, 7, 1), DEC_6);
		assertThat(scope.covers(LocalDate.of(2027, 6, 30))).isFalse();
		assertThat(scope.covers(LocalDate.of(2027, 7, 1))).isTrue();
		assertThatThrownBy(() -> new CjgScope(UUID.randomUUID(), ProductCategory.AMBULANT, DEC_6, DEC_6))
				.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	@DisplayName("TOEW-8: typed input: a known JZ020 category and a date after today, or refusals per field")
	void typesTheInput() {
		assertThat(ScopeInput.of("45", "1-7-2027", DEC_6)).isEqualTo(Outcome.done(
				new NewScope(ProductCategory.AMBULANT, LocalDate.of(2027, 7, 1), DEC_6)));
		assertThat(ScopeInput.of("99", "6-12-2026", DEC_6)).isInstanceOfSatisfying(Outcome.Refused.class, refused ->
				assertThat(refused.refusals()).extracting("field").containsExactly("category", "effectiveFrom"));
	}
}
