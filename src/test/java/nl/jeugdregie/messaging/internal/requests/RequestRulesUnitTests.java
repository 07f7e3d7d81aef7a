package nl.jeugdregie.messaging.internal.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.jeugdregie.allocation.AgbCode;
import nl.jeugdregie.allocation.Financing;
import nl.jeugdregie.allocation.messaging.RequestsForMessaging.AllocationOfYoungPerson;
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
		return new AllocationOfYoungPerson(number, new AgbCode(AGB), "45", "45A01", DAY.minusMonths(1), until, financing, 3,
				"04", "2", 0, false);
	}

	/** An in-kind allocation at the provider from a month before the message, 3 units (04) at a frequency. */
	static AllocationOfYoungPerson sized(long number, String code, LocalDate until, String frequency, long budgetCents) {
		return new AllocationOfYoungPerson(number, new AgbCode(AGB), "45", code, DAY.minusMonths(1), until, Financing.IN_KIND,
				3, "04", frequency, budgetCents, false);
	}

	static Line changed(long number, LocalDate from, LocalDate until, Integer volume, String frequency, Long budgetCents) {
		return new Line(Kind.CHANGED, null, number, null, null, from, until, volume, volume == null ? null : "04",
				volume == null ? null : frequency, budgetCents);
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

	// Issue 16: a JW317 matches the client's current allocations by ToewijzingNummer for the unchanged and changed
	// products, and by product for the new ones; each rule with its exact code on its class.

	@Test
	@DisplayName("TR349/TR350 → a withdrawn (deleted, JZ002 13) allocation is not current: naming it gives 9350, leaving it out is fine")
	void withdrawnIsNotCurrent() {
		var withdrawn = new AllocationOfYoungPerson(7, new AgbCode(AGB), "45", "45A01", DAY.minusMonths(1), DAY.plusMonths(3),
				Financing.IN_KIND, 3, "04", "2", 0, true);
		var kept = allocation(8, DAY.plusMonths(3), Financing.IN_KIND);
		var naming = RequestRules.judge(changeRequest(unchanged(7), unchanged(8), added("45A03", DAY)),
				state(Set.of(), false, withdrawn, kept));
		assertThat(naming.lines().getFirst()).containsExactly("9350");
		assertThat(RequestRules.judge(changeRequest(unchanged(8), added("45A03", DAY)), state(Set.of(), false, withdrawn, kept))
				.accepted()).isTrue();
	}

	@Test
	@DisplayName("TR304 → 8187 on the Client of a JW317: the BSN is no known client, or the request names another client's allocation")
	void bsnIsTheClients() {
		var unknown = RequestRules.judge(changeRequest(unchanged(7), added("45A03", DAY)),
				new RequestState(Set.of(), false, List.of(), DAY, false, Set.of()));
		assertThat(unknown.client()).containsExactly("8187");
		var foreign = RequestRules.judge(changeRequest(unchanged(7), unchanged(99), added("45A03", DAY)),
				new RequestState(Set.of(), false, List.of(allocation(7, DAY.plusMonths(1), Financing.IN_KIND)), DAY, true,
						Set.of(99L)));
		assertThat(foreign.client()).containsExactly("8187");
		assertThat(foreign.accepted()).isFalse();
		var vot = RequestRules.judge(allocationRequest(requested("A", "45A01", DAY, null)),
				new RequestState(Set.of(), false, List.of(), DAY, false, Set.of()));
		assertThat(vot.accepted()).as("TR304 is not a rule of the JW315").isTrue();
	}

	@Test
	@DisplayName("TR357 → 9357: a change starting on or before the message's date starts on the allocation's Ingangsdatum")
	void pastChangeFromOriginalStart() {
		var a = sized(7, "45A01", DAY.plusMonths(6), "2", 0);
		assertThat(RequestRules.judge(changeRequest(changed(7, DAY.minusDays(3), DAY.plusMonths(8), 3, "2", null)),
				state(Set.of(), false, a)).lines().getFirst()).containsExactly("9357");
		assertThat(RequestRules.judge(changeRequest(changed(7, a.validFrom(), DAY.plusMonths(8), 3, "2", null)),
				state(Set.of(), false, a)).accepted()).isTrue();
		assertThat(RequestRules.judge(changeRequest(changed(7, DAY.plusDays(14), DAY.plusMonths(8), 3, "2", null)),
				state(Set.of(), false, a)).accepted()).as("a change in the future may start later").isTrue();
	}

	@Test
	@DisplayName("TR373 → 9373: a changed budget, or a changed total over the validity (WMO757 6), starts on the allocation's Ingangsdatum")
	void budgetOrTotalChangeFromOriginalStart() {
		var budget = sized(7, "45A01", DAY.plusMonths(6), "2", 100_000);
		assertThat(RequestRules.judge(changeRequest(changed(7, DAY.plusDays(14), null, 3, "2", 150_000L)),
				state(Set.of(), false, budget)).lines().getFirst()).containsExactly("9373");
		assertThat(RequestRules.judge(changeRequest(changed(7, budget.validFrom(), null, 3, "2", 150_000L)),
				state(Set.of(), false, budget)).accepted()).isTrue();
		var total = sized(8, "45A01", DAY.plusMonths(6), "6", 0);
		assertThat(RequestRules.judge(changeRequest(changed(8, DAY.plusDays(14), null, 40, "6", null)),
				state(Set.of(), false, total)).lines().getFirst()).containsExactly("9373");
		var weekly = sized(9, "45A01", DAY.plusMonths(6), "2", 0);
		assertThat(RequestRules.judge(changeRequest(changed(9, DAY.plusDays(14), null, 5, "2", null)),
				state(Set.of(), false, weekly)).accepted()).as("a weekly volume may change later in the period").isTrue();
	}

	@Test
	@DisplayName("TR411 → 9411: a TeWijzigenProduct without Omvang while the allocation names a product code")
	void sizeWithProductCode() {
		var a = sized(7, "45A01", DAY.plusMonths(6), "2", 0);
		assertThat(RequestRules.judge(changeRequest(changed(7, DAY.plusDays(14), DAY.plusMonths(3), null, null, null)),
				state(Set.of(), false, a)).lines().getFirst()).containsExactly("9411");
	}

	@Test
	@DisplayName("TR412 → 9412 and TR375 → 9375: an Omvang on a change of an allocation without product code or without product")
	void noSizeWithoutProduct() {
		var noCode = new AllocationOfYoungPerson(7, new AgbCode(AGB), "45", null, DAY.minusMonths(1), DAY.plusMonths(6),
				Financing.IN_KIND, 0, "83", "4", 500_000, false);
		assertThat(RequestRules.judge(changeRequest(changed(7, DAY.plusDays(14), null, 3, "2", null)),
				state(Set.of(), false, noCode)).lines().getFirst()).containsExactly("9412");
		assertThat(RequestRules.judge(changeRequest(changed(7, noCode.validFrom(), DAY.plusMonths(8), null, null, 600_000L)),
				state(Set.of(), false, noCode)).accepted()).isTrue();
		var noProduct = new AllocationOfYoungPerson(8, new AgbCode(AGB), null, null, DAY.minusMonths(1), DAY.plusMonths(6),
				Financing.IN_KIND, 0, "83", "4", 500_000, false);
		assertThat(RequestRules.judge(changeRequest(changed(8, DAY.plusDays(14), null, 3, "2", null)),
				state(Set.of(), false, noProduct)).lines().getFirst()).as("the first rule broken on the class: TR375").containsExactly("9375");
	}

	@Test
	@DisplayName("TR361 → 9361: a NieuwProduct for the product of a current allocation in an overlapping period; a later period is fine")
	void newProductMatchedByProduct() {
		var a = allocation(7, DAY.plusMonths(3), Financing.IN_KIND);
		var overlapping = RequestRules.judge(changeRequest(unchanged(7), added("45A01", DAY.plusMonths(1))),
				state(Set.of(), false, a));
		assertThat(overlapping.lines()).containsExactly(List.of("0200"), List.of("9361"));
		var afterIt = RequestRules.judge(changeRequest(unchanged(7), added("45A01", DAY.plusMonths(3).plusDays(1))),
				state(Set.of(), false, a));
		assertThat(afterIt.accepted()).isTrue();
		var shortened = RequestRules.judge(changeRequest(changed(7, DAY.plusDays(10), DAY.plusMonths(1), 3, "2", null),
				added("45A01", DAY.plusMonths(1).plusDays(1))), state(Set.of(), false, a));
		assertThat(shortened.accepted()).as("IV092: the change ends the allocation, the new product follows it").isTrue();
		var byCategory = new Line(Kind.NEW, null, null, "45", null, DAY.plusMonths(1), null, 2, "04", "2", null);
		assertThat(RequestRules.judge(changeRequest(unchanged(7), byCategory), state(Set.of(), false, a)).lines().get(1))
				.as("without a code the category decides").containsExactly("9361");
	}
}
