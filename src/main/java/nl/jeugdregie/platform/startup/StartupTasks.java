package nl.jeugdregie.platform.startup;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link StartupTask} once after start, in order. A task that fails is tried again up to
 * {@code jeugdregie.startup.attempts} times, {@code jeugdregie.startup.pause} apart; then it is skipped and the
 * next one runs. Failures are logged with the task's name and the kind of failure only, never the exception's
 * message (it may quote the data being written). This runner itself never throws, so start-up work never ends the
 * application (issue 19: "Application run failed" in the demo data generator took the application down).
 */
@Component
class StartupTasks implements ApplicationRunner {

	private static final Logger LOG = LoggerFactory.getLogger(StartupTasks.class);

	private final List<StartupTask> tasks;
	private final int attempts;
	private final Duration pause;

	@Autowired
	StartupTasks(ObjectProvider<StartupTask> tasks, @Value("${jeugdregie.startup.attempts:3}") int attempts,
			@Value("${jeugdregie.startup.pause:5s}") Duration pause) {
		this(tasks.orderedStream().toList(), attempts, pause);
	}

	StartupTasks(List<StartupTask> tasks, int attempts, Duration pause) {
		if (attempts < 1 || pause.isNegative()) {
			throw new IllegalArgumentException("jeugdregie.startup.attempts must be at least 1 and the pause not negative");
		}
		this.tasks = List.copyOf(tasks);
		this.attempts = attempts;
		this.pause = pause;
	}

	@Override
	public void run(ApplicationArguments args) {
		runAll();
	}

	/** @return how many tasks were skipped after their last attempt failed */
	int runAll() {
		var skipped = 0;
		for (var task : tasks) {
			if (!runWithRetries(task)) {
				skipped++;
			}
		}
		return skipped;
	}

	private boolean runWithRetries(StartupTask task) {
		var name = AopUtils.getTargetClass(task).getSimpleName();
		for (var attempt = 1; attempt <= attempts; attempt++) {
			try {
				task.start();
				return true;
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				LOG.warn("Start-up task {} interrupted; skipped", name);
				return false;
			} catch (Exception | LinkageError | AssertionError e) {
				var last = attempt == attempts;
				LOG.warn("Start-up task {} failed on attempt {} of {} ({}){}", name, attempt, attempts,
						rootKind(e), last ? "; skipped, the application keeps running" : "; tried again");
				if (!last && !sleep()) {
					return false;
				}
			}
		}
		return false;
	}

	private boolean sleep() {
		try {
			Thread.sleep(pause);
			return true;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** The exception's class and that of its root cause, without messages. */
	private static String rootKind(Throwable failure) {
		var root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root == failure ? failure.getClass().getName()
				: failure.getClass().getName() + " caused by " + root.getClass().getName();
	}
}
