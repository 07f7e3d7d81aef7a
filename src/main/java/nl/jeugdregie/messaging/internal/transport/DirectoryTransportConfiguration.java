package nl.jeugdregie.messaging.internal.transport;

import java.nio.file.Path;
import nl.jeugdregie.messaging.internal.incoming.BatchReceiving;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The directory transport, only when {@code jeugdregie.ijw.inbox-dir} is set (off by default): the inbox is read every
 * {@code jeugdregie.ijw.poll-interval} (10 s), retours go to {@code jeugdregie.ijw.outbox-dir}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "jeugdregie.ijw.inbox-dir")
class DirectoryTransportConfiguration {

	/** Also the way out for the outgoing JW301s (ADR 0046). */
	@Bean
	HubTransport hubTransport(@Value("${jeugdregie.ijw.inbox-dir}") String inbox,
			@Value("${jeugdregie.ijw.outbox-dir}") String outbox) {
		return new DirectoryTransport(Path.of(inbox), Path.of(outbox));
	}

	@Bean
	HubImport hubImport(HubTransport transport, BatchReceiving incoming) {
		return new HubImport(transport, incoming);
	}

	@Bean
	Poller hubPoller(HubImport hubImport) {
		return new Poller(hubImport);
	}

	record Poller(HubImport hubImport) {
		@Scheduled(fixedDelayString = "${jeugdregie.ijw.poll-interval:10s}")
		void poll() {
			hubImport.importWaiting();
		}
	}
}
