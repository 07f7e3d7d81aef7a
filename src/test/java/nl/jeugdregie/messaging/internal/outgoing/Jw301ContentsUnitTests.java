package nl.jeugdregie.messaging.internal.outgoing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.jeugdregie.allocation.AgbCode;
import nl.jeugdregie.allocation.messaging.AllocationsForMessaging.AllocationLine;
import nl.jeugdregie.allocation.Financing;
import nl.jeugdregie.intake.ClientsForMessaging.ClientData;
import nl.jeugdregie.messaging.internal.message.AllocatedProduct;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("TOEW-7: what a JW301 contains (OP087, OP033x1, IV013, IV066)")
class Jw301ContentsUnitTests {

	static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
	static final LocalDate TODAY = LocalDate.parse("2026-11-16");
	static final UUID REQUEST = UUID.randomUUID();

	static AllocationLine line(long number, String from, String until) {
		return new AllocationLine(number, new AgbCode("65656055"), REQUEST, "45", "45A01", 2, "04", "2",
				LocalDate.parse(from), LocalDate.parse(until), Instant.parse("2026-11-10T08:15:30.123Z"), Financing.IN_KIND, 0, 0);
	}

	static List<Long> numbers(List<AllocatedProduct> products) {
		return products.stream().map(AllocatedProduct::allocationNumber).toList();
	}

	@Test
	void carriesEveryCurrentAllocationOfTheClientAtTheProviderButNotExpiredOnes() {
		var products = Jw301Contents.products(List.of(
				new Jw301Contents.Line(line(1, "2026-01-01", "2026-06-30"), null, null),
				new Jw301Contents.Line(line(2, "2026-12-01", "2026-12-28"), null, null),
				new Jw301Contents.Line(line(3, "2026-11-01", "2027-03-31"), null, null)), 2, Set.of(), TODAY, ZONE);
		assertThat(numbers(products)).containsExactly(2L, 3L);
		var decided = products.getFirst();
		assertThat(decided.changeReason()).isNull();
		assertThat(decided.decidedOn()).isEqualTo(LocalDate.parse("2026-11-10"));
		assertThat(decided.decidedAt()).hasToString("09:15:30");
	}

	@Test
	void aWithdrawnAllocationEndsOnItsFirstDayWithReason13AndIsOnlySentAsTheChange() {
		var withdrawn = new Jw301Contents.State(null, null, "13", Instant.parse("2026-11-16T09:00:00Z"), true);
		var asChange = Jw301Contents.products(List.of(new Jw301Contents.Line(line(2, "2026-12-01", "2026-12-28"), withdrawn, null),
				new Jw301Contents.Line(line(3, "2026-11-01", "2027-03-31"), null, null)), 2, Set.of(), TODAY, ZONE);
		assertThat(asChange.getFirst().validUntil()).isEqualTo(LocalDate.parse("2026-12-01"));
		assertThat(asChange.getFirst().changeReason()).isEqualTo("13");
		var later = Jw301Contents.products(List.of(new Jw301Contents.Line(line(2, "2026-12-01", "2026-12-28"), withdrawn, null),
				new Jw301Contents.Line(line(3, "2026-11-01", "2027-03-31"), null, null)), 3, Set.of(), TODAY, ZONE);
		assertThat(numbers(later)).containsExactly(3L);
	}

	@Test
	void aChangeKeepsTheNumberWithTheNewEndDateVolumeReasonAndMoment() {
		var ended = new Jw301Contents.State(LocalDate.parse("2026-12-14"), 5, "05", Instant.parse("2026-11-16T09:30:00Z"), false);
		var product = Jw301Contents.products(List.of(new Jw301Contents.Line(line(2, "2026-12-01", "2026-12-28"), ended, null)), 2,
				Set.of(), TODAY, ZONE).getFirst();
		assertThat(product.allocationNumber()).isEqualTo(2);
		assertThat(product.validUntil()).isEqualTo(LocalDate.parse("2026-12-14"));
		assertThat(product.volume()).isEqualTo(5);
		assertThat(product.changeReason()).isEqualTo("05");
		assertThat(product.decidedOn()).isEqualTo(TODAY);
		assertThat(product.decidedAt()).hasToString("10:30");
	}

	@Test
	@DisplayName("TOEW-7: an allocation that answers a provider's request carries its ReferentieAanbieder (TR359, TR374)")
	void anAllocationAnsweringARequestCarriesTheProvidersReference() {
		var products = Jw301Contents.products(List.of(new Jw301Contents.Line(line(2, "2026-12-01", "2026-12-28"), null,
				"40A12341234"), new Jw301Contents.Line(line(3, "2026-11-01", "2027-03-31"), null, null)), 2, Set.of(), TODAY, ZONE);
		assertThat(products).extracting(p -> p.providerReference()).containsExactly("40A12341234", null);
	}

	@Test
	void anEndedAllocationWhoseChangeStillWaitsIsSentAlong() {
		var ended = new Jw301Contents.State(LocalDate.parse("2026-10-31"), null, "05", Instant.parse("2026-11-16T09:30:00Z"), false);
		var products = Jw301Contents.products(List.of(new Jw301Contents.Line(line(1, "2026-01-01", "2027-06-30"), ended, null),
				new Jw301Contents.Line(line(2, "2026-12-01", "2026-12-28"), null, null)), 2, Set.of(1L), TODAY, ZONE);
		assertThat(numbers(products)).containsExactly(1L, 2L);
	}

	@Test
	void namesTheClientWithThePrefixApartInitialsAndGenderUnknown() {
		var client = Jw301Contents.client(new ClientData("999900006", LocalDate.parse("2013-03-03"), "Anna Maria", "van der Berg"));
		assertThat(client.surname()).isEqualTo("Berg");
		assertThat(client.prefix()).isEqualTo("van der");
		assertThat(client.initials()).isEqualTo("AM");
		assertThat(client.gender()).isEqualTo("0");
		assertThat(Jw301Contents.client(new ClientData("999900006", LocalDate.parse("2013-03-03"), "Tom", "Wit")).prefix()).isNull();
	}
}
