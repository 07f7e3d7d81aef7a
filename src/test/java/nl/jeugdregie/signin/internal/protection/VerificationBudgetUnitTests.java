package nl.jeugdregie.signin.internal.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Issue 19 item 5: no address can spend more than its budget of password verifications (bcrypt)")
class VerificationBudgetUnitTests {

	private static final long SECOND = 1_000_000_000L;

	private final AtomicLong ticker = new AtomicLong(42 * SECOND);
	private final VerificationBudget budget = new VerificationBudget(5, ticker::get);

	@Test
	void allowsTheBudgetAtOnceThenRefuses() {
		for (int i = 0; i < 5; i++) {
			assertThat(budget.tryTake("10.0.0.1")).as("verification %d", i + 1).isTrue();
		}
		assertThat(budget.tryTake("10.0.0.1")).isFalse();
	}

	@Test
	void refillsAtTheRateAndNoFurtherThanTheBudget() {
		spend("10.0.0.1", 5);

		ticker.addAndGet(SECOND / 5);
		assertThat(budget.tryTake("10.0.0.1")).isTrue();
		assertThat(budget.tryTake("10.0.0.1")).isFalse();

		ticker.addAndGet(60 * SECOND);
		assertThat(spend("10.0.0.1", 10)).isEqualTo(5);
	}

	@Test
	void keepsABudgetPerAddress() {
		spend("10.0.0.1", 5);

		assertThat(budget.tryTake("10.0.0.1")).isFalse();
		assertThat(budget.tryTake("10.0.0.2")).isTrue();
	}

	@Test
	void saysHowLongUntilTheNextVerification() {
		assertThat(budget.waitFor("10.0.0.1")).isZero();
		spend("10.0.0.1", 5);

		assertThat(budget.waitFor("10.0.0.1")).isEqualTo(Duration.ofMillis(200));
		ticker.addAndGet(SECOND / 10);
		assertThat(budget.waitFor("10.0.0.1")).isEqualTo(Duration.ofMillis(100));
		ticker.addAndGet(SECOND / 10);
		assertThat(budget.waitFor("10.0.0.1")).isZero();
	}

	@Test
	void takesNothingBackWhenATickerReadingArrivesLate() {
		spend("10.0.0.1", 4);
		ticker.addAndGet(-SECOND);

		assertThat(budget.tryTake("10.0.0.1")).isTrue();
		assertThat(budget.tryTake("10.0.0.1")).isFalse();
	}

	@Test
	void givesExactlyTheBudgetToManyThreadsAtOnce() throws Exception {
		var many = new VerificationBudget(50, ticker::get);
		var start = new CountDownLatch(1);
		try (var executor = Executors.newFixedThreadPool(16)) {
			var results = new ArrayList<Future<Boolean>>();
			for (int i = 0; i < 400; i++) {
				Callable<Boolean> take = () -> {
					start.await();
					return many.tryTake("10.0.0.9");
				};
				results.add(executor.submit(take));
			}
			start.countDown();
			var taken = 0;
			for (var result : results) {
				taken += result.get() ? 1 : 0;
			}
			assertThat(taken).isEqualTo(50);
		}
	}

	@Test
	void refusesABudgetOfNothing() {
		assertThatThrownBy(() -> new VerificationBudget(0, ticker::get)).isInstanceOf(IllegalArgumentException.class);
	}

	private int spend(String address, int times) {
		var taken = 0;
		for (int i = 0; i < times; i++) {
			taken += budget.tryTake(address) ? 1 : 0;
		}
		return taken;
	}
}
