package nl.jeugdregie.platform.startup;

/**
 * Work done once when the application has started, such as generating demo data. {@link StartupTasks} runs the
 * tasks in their {@code @Order}; a task that throws is tried again and then skipped, so it never takes the running
 * application down. A task should therefore be safe to run again after a partial failure (check what is there).
 */
public interface StartupTask {

	/** Runs the task; may throw, {@link StartupTasks} logs and retries it. */
	void start() throws Exception;
}
