package nl.jeugdregie.platform.api;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Notes two of the product's classes with different fields that end up under one schema name. The document names a body by its class's
 * simple name, so a second {@code Created} or {@code PlanResponse} would silently describe the first one's fields;
 * such a class gets its own name with {@code @Schema(name = …)}. {@code ApiDesignRulesIntegrationTests} fails on any
 * clash noted here.
 */
@Component
class SchemaNameClashes implements ModelConverter {

	private static final String PRODUCT = "nl.jeugdregie.";

	private final Map<String, Named> named = new ConcurrentHashMap<>();
	private final Set<String> clashes = java.util.Collections.synchronizedSet(new TreeSet<>());

	@Override
	@SuppressWarnings("rawtypes")
	public @Nullable Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
		var schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
		var raw = Json.mapper().constructType(type.getType()).getRawClass();
		if (schema == null || !raw.getName().startsWith(PRODUCT) || raw.isEnum()) {
			return schema;
		}
		var name = schema.getName() != null ? schema.getName()
				: schema.get$ref() != null ? schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1) : null;
		var model = schema.getProperties() != null ? schema
				: name == null ? null : context.getDefinedModels().get(name);
		if (name != null && model != null) {
			var first = named.putIfAbsent(name, new Named(raw, String.valueOf(model.getProperties())));
			if (first != null && !first.type().equals(raw) && !first.properties().equals(String.valueOf(model.getProperties()))) {
				clashes.add(name + ": " + first.type().getName() + " and " + raw.getName());
			}
		}
		return schema;
	}

	/** The first class under a name, with its fields as described. */
	private record Named(Class<?> type, String properties) {}

	/** The schema names that two classes share, each with both classes. */
	Set<String> clashes() {
		synchronized (clashes) {
			return Set.copyOf(clashes);
		}
	}
}
