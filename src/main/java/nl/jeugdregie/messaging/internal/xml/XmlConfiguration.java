package nl.jeugdregie.messaging.internal.xml;

import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The parser's size limit ({@code jeugdregie.ijw.max-message-size}, 10 MB) and the optional schema directory
 * ({@code jeugdregie.ijw.schema-dir}: a directory, or several separated by commas of which the first that exists is
 * taken, so one setting serves a clone and a worktree); when none exists level 1 is off, with a warning.
 */
@Configuration(proxyBeanMethods = false)
class XmlConfiguration {

	private static final Logger LOG = LoggerFactory.getLogger(XmlConfiguration.class);

	@Bean
	HardenedXml hardenedXml(@Value("${jeugdregie.ijw.max-message-size:10MB}") DataSize maxSize) {
		return new HardenedXml(maxSize.toBytes());
	}

	@Bean
	IjwSchemas ijwSchemas(@Value("${jeugdregie.ijw.schema-dir:}") String directories) {
		if (directories.isBlank()) {
			return new IjwSchemas(null);
		}
		var candidates = java.util.Arrays.stream(directories.split(",")).map(String::strip).filter(d -> !d.isEmpty())
				.map(d -> Path.of(d).toAbsolutePath().normalize()).toList();
		var found = candidates.stream().filter(Files::isDirectory).findFirst();
		if (found.isEmpty()) {
			LOG.warn("iJw schema directory {} does not exist; level-1 schema validation is off", candidates);
			return new IjwSchemas(null);
		}
		return new IjwSchemas(found.get());
	}
}
