package nl.jeugdregie.messaging.internal.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.messaging.IjwMessageType;
import nl.jeugdregie.messaging.internal.message.Bsn;
import nl.jeugdregie.messaging.internal.message.DeclaredLine;
import nl.jeugdregie.messaging.internal.message.Header;
import nl.jeugdregie.messaging.internal.message.IjwMessage;
import nl.jeugdregie.messaging.internal.message.Product;
import nl.jeugdregie.platform.result.Refusal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("TOEW-7, BEY-5: level 2 of a JW323, the rules within the message (ADR 0047)")
class DeclarationRulesUnitTests {

	static final Header HEADER = new Header(IjwMessageType.JW323, "65656055", "0384", "D1", LocalDate.of(2026, 12, 29));

	static DeclaredLine line(String reference, long amount, boolean credit) {
		return new DeclaredLine(new Bsn("999900006"), reference, credit ? reference + "-D" : null, 7,
				new Product("45", "45A01"), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 7), 1, "04", amount, amount,
				credit);
	}

	/** A credit line with its own reference, cancelling the debit line {@code previous} (IV091). */
	static DeclaredLine credit(String reference, String previous, long amount) {
		return new DeclaredLine(new Bsn("999900006"), reference, previous, 7, new Product("45", "45A01"),
				LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 7), 1, "04", amount, amount, true);
	}

	static IjwMessage.Declaration declaration(long total, DeclaredLine... lines) {
		return new IjwMessage.Declaration(HEADER, "DN1", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), total,
				List.of(lines));
	}

	@Test
	@DisplayName("TR358: the total is the sum of the lines, debit minus credit")
	void totalIsSumOfLines() {
		var rule = new DeclarationRules.TotalIsSumOfLines();
		assertThat(rule.check(declaration(8000, line("A", 10000, false), line("B", 2000, true)))).isEmpty();
		assertThat(rule.check(declaration(12000, line("A", 10000, false), line("B", 2000, true))).map(Refusal::code))
				.contains("TR358");
	}

	@Test
	@DisplayName("TR101: no line twice in one message")
	void noDuplicateLines() {
		var rule = new DeclarationRules.NoDuplicateLines();
		assertThat(rule.check(declaration(200, line("A", 100, false), line("B", 100, false)))).isEmpty();
		assertThat(rule.check(declaration(200, line("A", 100, false), line("A", 100, false))).map(Refusal::code)).contains("TR101");
	}

	@Test
	@DisplayName("TR316: a debit line is not credited in the same message")
	void noDebitCreditedInSameMessage() {
		var rule = new DeclarationRules.NoDebitCreditedInSameMessage();
		assertThat(rule.check(declaration(0, line("A", 100, false), credit("AC", "A", 100))).map(Refusal::code))
				.contains("TR316");
		assertThat(rule.check(declaration(0, line("A", 100, false), credit("BC", "B", 100)))).isEmpty();
	}

	@Test
	@DisplayName("A declaration names at least one line")
	void hasLines() {
		assertThat(new DeclarationRules.HasLines().check(declaration(0))).isPresent();
	}

	@Test
	@DisplayName("TR319 9319: a line does not end after the declaration period")
	void withinDeclarationPeriod() {
		var d = declaration(100, line("A", 100, false));
		var late = new DeclaredLine(new Bsn("999900006"), "L", 7, new Product("45", "45A01"), LocalDate.of(2026, 12, 28),
				LocalDate.of(2027, 1, 3), 1, "04", 100, 100, false);
		var rule = new DeclarationRules.WithinDeclarationPeriod();
		assertThat(rule.check(new DeclarationRules.LineIn(late, d)).map(Refusal::code)).contains("9319");
		assertThat(rule.check(new DeclarationRules.LineIn(d.lines().getFirst(), d))).isEmpty();
	}

	@Test
	@DisplayName("VorigReferentieNummer (condition, 0001): filled on a credit line, empty on a debit line (IV091)")
	void previousReferenceOnCreditOnly() {
		var rule = new DeclarationRules.PreviousReferenceOnCreditOnly();
		assertThat(rule.check(declaration(0, line("A", 100, false), credit("AC", "Z", 100)))).isEmpty();
		var creditWithout = new DeclaredLine(new Bsn("999900006"), "C", null, 7, new Product("45", "45A01"),
				LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 7), 1, "04", 100, 100, true);
		assertThat(rule.check(declaration(-100, creditWithout))).isPresent();
		var debitWith = new DeclaredLine(new Bsn("999900006"), "D", "X", 7, new Product("45", "45A01"),
				LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 7), 1, "04", 100, 100, false);
		assertThat(rule.check(declaration(100, debitWith))).isPresent();
	}

	@Test
	@DisplayName("TR335 (0001): no line ends more than five years before the declaration's date")
	void notOlderThanFiveYears() {
		var rule = new DeclarationRules.NotOlderThanFiveYears();
		var old = new DeclaredLine(new Bsn("999900006"), "O", 7, new Product("45", "45A01"), LocalDate.of(2021, 12, 1),
				LocalDate.of(2021, 12, 28), 1, "04", 100, 100, false);
		assertThat(rule.check(declaration(100, old)).map(Refusal::code)).contains("TR335");
		var fiveYears = new DeclaredLine(new Bsn("999900006"), "F", 7, new Product("45", "45A01"), LocalDate.of(2021, 12, 1),
				LocalDate.of(2021, 12, 29), 1, "04", 100, 100, false);
		assertThat(rule.check(declaration(100, fiveYears))).as("exactly five years is allowed").isEmpty();
	}

	@Test
	@DisplayName("TR318 8214: a declaration period is not before the provider's latest accepted one; the same or a later month is")
	void periodsFollowEachOther() {
		var rule = new DeclarationRules.PeriodsFollowEachOther();
		var december = declaration(100, line("A", 100, false));
		assertThat(rule.check(new DeclarationRules.PeriodAfter(december, LocalDate.of(2027, 1, 1))).map(Refusal::code))
				.contains("8214");
		assertThat(rule.check(new DeclarationRules.PeriodAfter(december, LocalDate.of(2026, 12, 1)))).isEmpty();
		assertThat(rule.check(new DeclarationRules.PeriodAfter(december, LocalDate.of(2026, 10, 1)))).isEmpty();
		assertThat(rule.check(new DeclarationRules.PeriodAfter(december, null))).isEmpty();
	}
}
