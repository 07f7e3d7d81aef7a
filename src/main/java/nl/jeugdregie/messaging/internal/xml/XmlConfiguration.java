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
 * ({@code jeugdregie.ijw.schema-dir}); a directory that does not exist switches level 1 off with a warning.
 */
@Configuration(proxyBeanMethods = false)
class XmlConfiguration {

	private static final Logger LOG = LoggerFactory.getLogger(XmlConfiguration.class);

	@Bean
	HardenedXml hardenedXml(@Value("${jeugdregie.ijw.max-message-size:10MB}") DataSize maxSize) {
		return new HardenedXml(maxSize.toBytes());
	}

	@Bean
	IjwSchemas ijwSchemas(@Value("${jeugdregie.ijw.schema-dir:}") String directory) {
		if (directory.isBlank()) {
			return new IjwSchemas(null);
		}
		var path = Path.of(directory).toAbsolutePath().normalize();
		if (!Files.isDirectory(path)) {
			LOG.warn("iJw schema directory {} does not exist; level-1 schema validation is off", path);
			return new IjwSchemas(null);
		}
		return new IjwSchemas(path);
	}
}
