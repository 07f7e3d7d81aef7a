package nl.jeugdregie.platform.input;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

/**
 * JSON scalars keep their type: a number is not a date or a text, a text is not a number or a yes/no. Without
 * this Jackson reads {@code 12345} as a date of birth (days since 1970) and {@code "12"} as an amount.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonConfiguration {

	@Bean
	JsonMapperBuilderCustomizer strictScalars() {
		return builder -> builder
				.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
				.defaultLeniency(false)
				.withCoercionConfig(LogicalType.Textual, config -> config
						.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
				.withCoercionConfig(LogicalType.DateTime, config -> config
						.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
				.withCoercionConfig(LogicalType.Enum, config -> config
						.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail));
	}

}
