package nl.jeugdregie.platform.events;

import java.lang.reflect.Method;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Runs the asynchronous event listeners ({@code @ApplicationModuleListener}, which are {@code @Async}) on a fixed
 * number of threads, by default half the connection pool: each listener holds one connection for its transaction,
 * so a burst of events can never take the connections requests need (issue 19: one new thread per event, 115
 * waiting for 10 connections). Waiting deliveries queue in memory; beyond the queue's capacity a delivery is left
 * open in the event registry (never run on the publishing request's thread, which would need a second connection)
 * and {@link EventRedelivery} delivers it later. The executor is not a bean, so Spring Boot's own task executor
 * (web, other asynchronous work) stays as it is.
 */
@Component
class EventListenerExecutor implements AsyncConfigurer, DisposableBean {

	private static final Logger LOG = LoggerFactory.getLogger(EventListenerExecutor.class);

	private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

	EventListenerExecutor(EventDeliverySettings settings, @Value("${jeugdregie.db.pool-size:10}") int poolSize) {
		var threads = settings.threadsFor(poolSize);
		executor.setCorePoolSize(threads);
		executor.setMaxPoolSize(threads);
		executor.setQueueCapacity(settings.queueCapacity());
		executor.setThreadNamePrefix("event-listener-");
		executor.setRejectedExecutionHandler((task, pool) -> LOG.warn(
				"Event listener queue full ({} waiting); the delivery stays open and is redelivered later",
				pool.getQueue().size()));
		executor.setWaitForTasksToCompleteOnShutdown(true);
		executor.setAwaitTerminationSeconds(2);
		executor.initialize();
		LOG.info("Event listeners run on {} threads (connection pool {})", threads, poolSize);
	}

	int threads() {
		return executor.getMaxPoolSize();
	}

	@Override
	public Executor getAsyncExecutor() {
		return executor;
	}

	/**
	 * A failed listener is logged by its class and the kind of failure only (events hold no personal data, but a
	 * stack trace may quote more); the registry has marked it failed and {@link EventRedelivery} tries it again.
	 */
	@Override
	public AsyncUncaughtExceptionHandler getAsyncUncaughtExceptionHandler() {
		return (Throwable failure, Method method, Object... arguments) -> LOG.warn(
				"Event listener {}.{} failed ({}); it is redelivered later", method.getDeclaringClass().getSimpleName(),
				method.getName(), failure.getClass().getName());
	}

	@Override
	public void destroy() {
		executor.shutdown();
	}
}
