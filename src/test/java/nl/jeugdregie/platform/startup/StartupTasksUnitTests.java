package nl.jeugdregie.platform.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Issue 19 item 7: start-up work (demo data) never takes the running application down. A failing task is tried
 * again, then skipped; the tasks after it still run; the runner never throws; the log names the task and the kind of
 * failure, never the exception's message (which may quote the data being written).
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupTasksUnitTests {

	private final List<String> ran = new ArrayList<>();

	@Test
	@DisplayName("Issue 19 item 7: a task that keeps failing is skipped after its attempts and the next task still runs")
	void skipsATaskThatKeepsFailingAndRunsTheNextOne(CapturedOutput output) {
		var failing = new AtomicInteger();
		StartupTask broken = () -> {
			failing.incrementAndGet();
			throw new DataAccessResourceFailureException("insert of Jan Jansen, BSN 123456782 failed",
					new SQLTransientConnectionException("Connection is not available, request timed out after 30042ms"));
		};
		StartupTask fine = () -> ran.add("fine");
		var tasks = new StartupTasks(List.of(broken, fine), 3, Duration.ZERO);

		assertThatCode(() -> tasks.run(null)).doesNotThrowAnyException();

		assertThat(failing).hasValue(3);
		assertThat(ran).containsExactly("fine");
		assertThat(tasks.runAll()).isEqualTo(1);
		assertThat(output.getOut() + output.getErr())
				.contains("failed on attempt 3 of 3", "skipped, the application keeps running",
						DataAccessResourceFailureException.class.getName(), SQLTransientConnectionException.class.getName())
				.doesNotContain("Jan Jansen", "123456782");
	}

	@Test
	@DisplayName("Issue 19 item 7: a task that fails once (no connection free) succeeds on its next attempt")
	void triesAFailedTaskAgain() {
		var attempts = new AtomicInteger();
		StartupTask flaky = () -> {
			if (attempts.incrementAndGet() == 1) {
				throw new IllegalStateException("no connection");
			}
			ran.add("flaky");
		};

		var skipped = new StartupTasks(List.of(flaky), 3, Duration.ZERO).runAll();

		assertThat(skipped).isZero();
		assertThat(attempts).hasValue(2);
		assertThat(ran).containsExactly("flaky");
	}

	@Test
	void refusesASettingWithoutAnyAttempt() {
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
				.isThrownBy(() -> new StartupTasks(List.of(), 0, Duration.ZERO));
	}
}
