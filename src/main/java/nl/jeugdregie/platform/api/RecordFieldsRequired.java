package nl.jeugdregie.platform.api;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Declares which fields of a JSON body are always there (NL API Design Rules: required fields declared). The
 * request and response bodies of the API are records, and the project marks every component that may be absent with
 * JSpecify's {@code @Nullable}: every other component is {@code required}, every {@code @Nullable} one is
 * declared nullable. What a record says itself wins: {@code @Schema(requiredMode = …)} on a component, or the
 * record's {@code @Schema(requiredProperties = …)} (request fields the rules check, so they accept null in Java). So
 * a field is never left undecided, and no controller repeats it in an annotation.
 */
@Component
class RecordFieldsRequired implements ModelConverter {

	@Override
	@SuppressWarnings({ "rawtypes", "unchecked" })
	public @Nullable Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
		var schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
		var raw = Json.mapper().constructType(type.getType()).getRawClass();
		if (schema == null || !raw.isRecord()) {
			return schema;
		}
		var model = schema.getProperties() != null ? schema : defined(context, schema);
		if (model == null || model.getProperties() == null) {
			return schema;
		}
		var required = new ArrayList<String>(model.getRequired() == null ? List.of() : model.getRequired());
		var listed = raw.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class) == null ? List.<String>of()
				: List.of(raw.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class).requiredProperties());
		for (var component : raw.getRecordComponents()) {
			var name = component.getName();
			var property = (Schema) model.getProperties().get(name);
			if (property == null) {
				continue;
			}
			var declared = declared(raw, name);
			if (declared == io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED || listed.contains(name)) {
				if (!required.contains(name)) {
					required.add(name);
				}
			}
			else if (declared == io.swagger.v3.oas.annotations.media.Schema.RequiredMode.NOT_REQUIRED
					|| mayBeAbsent(component)) {
				required.remove(name);
				model.getProperties().put(name, nullable(property));
			}
			else if (!required.contains(name)) {
				required.add(name);
			}
		}
		model.setRequired(required.isEmpty() ? null : required);
		return schema;
	}

	/**
	 * What the record says itself with {@code @Schema(requiredMode = …)}: a request field that must be sent although
	 * the record accepts null (so the rule can answer with a Dutch message) stays required.
	 */
	private static io.swagger.v3.oas.annotations.media.Schema.@Nullable RequiredMode declared(Class<?> record,
			String component) {
		try {
			var schema = record.getDeclaredField(component)
					.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
			return schema == null || schema.requiredMode() == io.swagger.v3.oas.annotations.media.Schema.RequiredMode.AUTO
					? null : schema.requiredMode();
		}
		catch (NoSuchFieldException e) {
			return null;
		}
	}

	private static boolean mayBeAbsent(java.lang.reflect.RecordComponent component) {
		return component.getAnnotatedType().isAnnotationPresent(Nullable.class)
				|| component.isAnnotationPresent(Nullable.class) || component.getType() == Optional.class;
	}

	@SuppressWarnings("rawtypes")
	private static @Nullable Schema defined(ModelConverterContext context, Schema schema) {
		var ref = schema.get$ref();
		if (ref == null) {
			return null;
		}
		return context.getDefinedModels().get(ref.substring(ref.lastIndexOf('/') + 1));
	}

	/**
	 * The property allowing null: OpenAPI 3.1 adds "null" to its types, or (for a reference, which may have no
	 * siblings) offers "null" as an alternative; OpenAPI 3.0 has its {@code nullable} keyword.
	 */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static Schema nullable(Schema property) {
		if (property.getSpecVersion() == io.swagger.v3.oas.models.SpecVersion.V30) {
			property.setNullable(true);
			return property;
		}
		if (property.get$ref() != null) {
			var alternatives = new Schema().specVersion(property.getSpecVersion());
			alternatives.addAnyOfItem(property);
			var nothing = new Schema().specVersion(property.getSpecVersion());
			nothing.addType("null");
			alternatives.addAnyOfItem(nothing);
			return alternatives;
		}
		if (property.getTypes() != null && !property.getTypes().isEmpty()) {
			property.addType("null");
		}
		else if (property.getType() != null) {
			property.addType(property.getType());
			property.addType("null");
		}
		return property;
	}
}
