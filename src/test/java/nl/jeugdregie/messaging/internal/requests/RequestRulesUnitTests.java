package nl.jeugdregie.messaging.internal.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.jeugdregie.allocation.AgbCode;
import nl.jeugdregie.allocation.Financing;
import nl.jeugdregie.allocation.RequestsForMessaging.AllocationOfYoungPerson;
import nl.jeugdregie.messaging.IjwMessageType;
import nl.jeugdregie.messaging.internal.message.Bsn;
import nl.jeugdregie.messaging.internal.message.Header;
import nl.jeugdregie.messaging.internal.requests.RequestMessage.Kind;
import nl.jeugdregie.messaging.internal.requests.RequestMessage.Line;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("TOEW-7: the level-2 and level-3 rules of a JW315/JW317, each with its exact code")
class RequestRulesUnitTests {

	static final String AGB = "65656055";
	static final LocalDate DAY = LocalDate.of(2026, 11, 16);

	static Line requested(String reference, String code, LocalDate from, LocalDate until) {
		return new Line(Kind.REQUESTED, reference, null, "45", code, from, until, 2, "04", "2", null);
	}

	static RequestMessage allocationRequest(Line... lines) {
		return new RequestMessage(new Header(IjwMessageType.JW315, AGB, "0384", "VOT1", DAY), new Bsn("999900006"),
				LocalDate.of(2010, 2, 14), null, null, List.of(lines));
	}

	static RequestMessage changeRequest(Line... lines) {
		return new RequestMessage(new Header(IjwMessageType.JW317, AGB, "0384", "VOW1", DAY), new Bsn("999900006"), null,
				"W1", "1", List.of(lines));
	}

	static Line unchanged(long number) {
		return new Line(Kind.UNCHANGED, null, number, null, null, null, null, null, null, null, null);
	}

	static Line added(String code, LocalDate from) {
		return new Line(Kind.NEW, null, null, "45", code, from, null, 2, "04", "2", null);
	}

	static AllocationOfYoungPerson allocation(long number, LocalDate until, Financing financing) {
		return new AllocationOfYoungPerson(number, new AgbCode(AGB), "45", "45A01", DAY.minusMonths(1), until, financing);
	}

	static RequestState state(Set<String> used, boolean inProgress, AllocationOfYoungPerson... allocations) {
		return new RequestState(used, inProgress, List.of(allocations), DAY);
	}

	@Test
	@DisplayName("TR347 → 9347 on the product whose ReferentieAanbieder the provider used before; the other product 0200")
	void referenceUnique() {
		var m = allocationRequest(requested("A", "45A01", DAY, null), requested("B", "45A02", DAY, null));
		var codes = RequestRules.judge(m, state(Set.of("B"), false));
		assertThat(codes.lines()).containsExactly(List.of("0200"), List.of("9347"));
		assertThat(codes.client()).containsExactly("0200");
		assertThat(codes.accepted()).isFalse();
	}

	@Test
	@DisplayName("TR374 → 9374 on the Client of a JW315 and on the Verzoek of a JW317 while a request is in progress")
	void noRequestInProgress() {
		var vot = RequestRules.judge(allocationRequest(requested("A", "45A01", DAY, null)), state(Set.of(), true));
		assertThat(vot.client()).containsExactly("9374");
		var vow = RequestRules.judge(changeRequest(unchanged(7), added("45A03", DAY)),
				state(Set.of(), true, allocation(7, DAY.plusMonths(1), Financing.IN_KIND)));
		assertThat(vow.request()).containsExactly("9374");
		assertThat(vow.client()).containsExactly("0200");
	}

	@Test
	@DisplayName("TR350 → 9350: an OngewijzigdProduct that is not a current allocation at this provider (ended ones do not count)")
	void unchangedIsCurrent() {
		var codes = RequestRules.judge(changeRequest(unchanged(8), added("45A03", DAY)),
				state(Set.of(), false, allocation(8, DAY.minusDays(1), Financing.IN_KIND)));
		assertThat(codes.lines().getFirst()).containsExactly("9350");
	}

	@Test
	@DisplayName("TR351 → 9351: a TeWijzigenProduct that is not a current allocation")
	void changedIsCurrent() {
		var changed = new Line(Kind.CHANGED, null, 9L, null, null, DAY, null, 3, "04", "2", null);
		var codes = RequestRules.judge(changeRequest(changed), state(Set.of(), false));
		assertThat(codes.lines().getFirst()).containsExactly("9351");
	}

	@Test
	@DisplayName("TR349 → 9349 on the Verzoek: a current allocation of the client at this provider is not named")
	void changeNamesAllCurrent() {
		var codes = RequestRules.judge(changeRequest(unchanged(7), added("45A03", DAY)),
				state(Set.of(), false, allocation(7, DAY.plusMonths(1), Financing.IN_KIND),
						allocation(11, DAY.plusMonths(2), Financing.IN_KIND)));
		assertThat(codes.request()).containsExactly("9349");
		assertThat(codes.lines()).containsExactly(List.of("0200"), List.of("0200"));
	}

	@Test
	@DisplayName("A request that breaks no rule is accepted: no codes at all (header-only retour)")
	void acceptedWithoutCodes() {
		var codes = RequestRules.judge(changeRequest(unchanged(7), added("45A03", DAY)),
				state(Set.of("OTHER"), false, allocation(7, DAY.plusMonths(1), Financing.IN_KIND)));
		assertThat(codes.accepted()).isTrue();
		assertThat(codes.perClass()).isFalse();
	}

	@Test
	@DisplayName("Level 2: TR383 reference twice, TR386 overlapping same product, TR002 birth date, CD079, TR352, TR353, TR410, TR101")
	void withinTheMessage() {
		assertThat(WithinRequestRules.firstBroken(allocationRequest(requested("A", "45A01", DAY, null),
				requested("A", "45A02", DAY, null)))).contains("TR383");
		assertThat(WithinRequestRules.firstBroken(allocationRequest(requested("A", "45A01", DAY, DAY.plusMonths(2)),
				requested("B", "45A01", DAY.plusMonths(1), null)))).contains("TR386");
		assertThat(WithinRequestRules.firstBroken(allocationRequest(requested("A", "45A01", DAY, DAY.plusMonths(1)),
				requested("B", "45A01", DAY.plusMonths(2), null)))).isEmpty();
		var old = new RequestMessage(new Header(IjwMessageType.JW315, AGB, "0384", "VOT1", DAY), new Bsn("999900006"),
				DAY.minusYears(121), null, null, List.of(requested("A", "45A01", DAY, null)));
		assertThat(WithinRequestRules.firstBroken(old)).contains("TR002");
		var noProduct = new Line(Kind.REQUESTED, "A", null, null, null, DAY, null, null, null, null, null);
		assertThat(WithinRequestRules.firstBroken(allocationRequest(noProduct))).contains("CD079");
		assertThat(WithinRequestRules.firstBroken(changeRequest(added("45A03", DAY)))).contains("TR352");
		assertThat(WithinRequestRules.firstBroken(changeRequest(unchanged(7)))).contains("TR353");
		assertThat(WithinRequestRules.firstBroken(changeRequest(unchanged(7), added("45A03", DAY), added("45A03", DAY))))
				.contains("TR410");
		assertThat(WithinRequestRules.firstBroken(changeRequest(unchanged(7), unchanged(7), added("45A03", DAY))))
				.contains("TR101");
	}

	@Test
	@DisplayName("OP043: a request in kind for a product held as pgb in an overlapping period is marked; in kind or later periods are not")
	void pgbOverlap() {
		var policy = new NoInKindRequestWherePgb();
		var line = requested("A", "45A01", DAY, DAY.plusMonths(3));
		assertThat(policy.check(new NoInKindRequestWherePgb.Requested(line,
				List.of(allocation(7, DAY.plusMonths(1), Financing.PGB))))).isPresent()
				.hasValueSatisfying(r -> assertThat(r.code()).isEqualTo("messaging.request.pgbOverlap"));
		assertThat(policy.check(new NoInKindRequestWherePgb.Requested(line,
				List.of(allocation(7, DAY.plusMonths(1), Financing.IN_KIND))))).isEmpty();
		var later = requested("A", "45A01", DAY.plusMonths(2), null);
		assertThat(policy.check(new NoInKindRequestWherePgb.Requested(later,
				List.of(allocation(7, DAY.plusMonths(1), Financing.PGB))))).isEmpty();
	}
}
